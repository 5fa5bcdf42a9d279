# partition and rpartition.

print("key=value".partition("="))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("=start".partition("="), "end=".partition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("".partition("x"))

config = """\
host = example.com
port=8080
# comment
name = My App = v2
empty =
"""
settings = {}
for line in config.splitlines():
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)

def split_ext(filename):
    base, dot, ext = filename.rpartition(".")
    if not dot:
        return filename, ""
    return base, ext

for f in ["photo.jpeg", "archive.tar.gz", "Makefile", "dir.v2/file"]:
    print(f, split_ext(f))

email = "first.last@example.co.uk"
user, _, domain = email.partition("@")
print(user, domain, domain.rpartition(".")[2])

try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
