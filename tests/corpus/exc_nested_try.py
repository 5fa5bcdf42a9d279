# Nested try statements and exceptions crossing levels.

def process(value):
    try:
        print("  outer try")
        try:
            print("  inner try")
            if value == "inner":
                raise ValueError("handled inside")
            if value == "outer":
                raise KeyError("handled outside")
            if value == "none":
                raise TypeError("handled nowhere")
        except ValueError as e:
            print("  inner except:", e)
        finally:
            print("  inner finally")
        print("  after inner")
    except KeyError as e:
        print("  outer except:", e)
    finally:
        print("  outer finally")
    return "returned normally"

for v in ["ok", "inner", "outer", "none"]:
    print("case", v)
    try:
        print(" ", process(v))
    except TypeError as e:
        print("  top level:", e)

# Exception raised inside an except handler
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as e2:
            print("nested handler caught", repr(e2))
        print("back in first handler")
    return "ok"

print(handler_raises())

# Exception from finally replaces the original
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")

try:
    finally_raises()
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)

# Deep nesting
depth_log = []
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            depth_log.append("wrong handler")
        finally:
            depth_log.append("f3")
    finally:
        depth_log.append("f2")
except IndexError as e:
    depth_log.append("caught " + str(e))
print(depth_log)
