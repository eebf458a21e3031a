class AppError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
def handler():
    raise AppError(404, "not found")
try:
    handler()
except AppError as e:
    raise RuntimeError("request failed") from e
