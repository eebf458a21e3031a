def compute_something_with_a_long_name(first_argument, second_argument, third_argument):
    return first_argument + second_argument + third_argument + first_argument / (second_argument - second_argument)
compute_something_with_a_long_name(1, 2, 3)
