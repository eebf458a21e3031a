print（'x'）
