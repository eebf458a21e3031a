class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
def second_value(head):
    return head.next.value
print(second_value(Node(1, Node(2))))
print(second_value(Node(1)))
