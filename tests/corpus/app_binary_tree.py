# Binary search tree with insert, search, delete, traversals and height.

class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, TreeNode(key))
                self.count += 1
                return True
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))

    def preorder(self):
        out = []
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)
        return out

    def levels(self):
        result = []
        level = [self.root] if self.root else []
        while level:
            result.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return result

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def delete(self, key):
        def _delete(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = _delete(n.left, key)
            elif key > n.key:
                n.right = _delete(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right = _delete(n.right, succ.key)
            return n
        self.root = _delete(self.root, key)
        self.count -= 1

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.insert(40), t.count)
print(t.inorder())
print(t.preorder())
print(t.levels())
print(t.height(), 45 in t, 46 in t)
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), t.levels())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)

words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.count, words.height())
