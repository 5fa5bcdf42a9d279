# break/continue inside finally blocks and their effect on pending exceptions.

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError("discarded %d" % i)
        finally:
            print("finally", i, "breaking")
            break
    return "exception discarded by break"

print(break_in_finally())

def continue_in_finally():
    done = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            done.append(i)
        finally:
            continue
    return done

print(continue_in_finally())

def finally_runs_each_iteration():
    out = []
    i = 0
    while i < 4:
        i += 1
        try:
            if i % 2:
                continue
            out.append("even %d" % i)
        finally:
            out.append("f%d" % i)
    return out

print(finally_runs_each_iteration())

def break_from_except():
    for i in range(5):
        try:
            if i == 2:
                raise IndexError("stop")
        except IndexError:
            print("except at", i)
            break
        finally:
            print("finally at", i)
    return i

print(break_from_except())
