def find_first_negative(nums):
    for n in nums:
        if n < 0:
            found = n
            break
    return found
print(find_first_negative([3, -1, 2]))
print(find_first_negative([1, 2, 3]))
