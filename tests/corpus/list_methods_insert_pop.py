# list.insert and list.pop.

a = [1, 2, 3]
a.insert(0, "first")
print(a)
a.insert(2, "middle")
print(a)
a.insert(len(a), "end")
print(a)
a.insert(100, "way past end")
print(a)
a.insert(-1, "before last")
print(a)
a.insert(-100, "way before start")
print(a)

print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(2), a)
print(a.pop(-2), a)

stack = []
for x in "abc":
    stack.append(x)
out = []
while stack:
    out.append(stack.pop())
print(out)

queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue.pop(0), queue)

try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(3)
except IndexError as e:
    print("IndexError:", e)

# insert keeps a sorted list sorted
def insort(lst, v):
    i = 0
    while i < len(lst) and lst[i] < v:
        i += 1
    lst.insert(i, v)

s = []
for v in [5, 1, 4, 1, 9, 2, 6]:
    insort(s, v)
print(s)
