total = 10
price = total - 2 * await
