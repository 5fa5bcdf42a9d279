# Uncaught exception raised three calls deep.

def parse_record(line):
    name, value = line.split("=")
    return name.strip(), int(value)

def load(lines):
    result = {}
    for line in lines:
        key, value = parse_record(line)
        result[key] = value
    return result

def main():
    good = load(["a = 1", "b = 2"])
    print("loaded", good)
    load(["c = 3", "d = four"])
    print("not reached")

main()
