# A hand-written JSON-like pretty printer and a tiny parser for it.

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError("cannot serialise %s" % type(value).__name__)

def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                key = value()
                ws()
                pos += 1  # colon
                result[key] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if ch == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if ch == '"':
            pos += 1
            out = ""
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    out += {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[text[pos]]
                else:
                    out += text[pos]
                pos += 1
            pos += 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()

doc = {
    "name": "vmforge",
    "version": [0, 1, 2],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "tags": ["vm", "bytecode"],
    "authors": [{"name": "A. Person", "commits": 120}, {"name": "B \"Quote\" Smith", "commits": 7}],
    "notes": "line1\nline2\ttabbed",
    "empty": {},
    "nothing": [],
}
text = dumps(doc)
print(text)
back = loads(text)
print(back == doc)
print(loads('[1, -2.5, "x", {"a": [true, false, null]}, 1e3]'))
print(dumps([1, [2, [3, []]]], indent=1))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
