class Repo:
    def get(self, key):
        return None
repo = Repo()
name = repo.get("user").name.strip()
