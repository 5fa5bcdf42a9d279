# Matrix operations with nested lists.

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (rows, len(a[0]), inner, cols))
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join("%6s" % (round(v, 3) if isinstance(v, float) else v) for v in row))

def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total

def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(B, "B")
show(matmul(A, B), "A x B")
show(matmul(B, A), "B x A")
show(transpose(A), "A^T")
show(matmul(identity(2), matmul(A, B)), "I x (A x B)")

try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)

M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", determinant(M))
print("det(I4) =", determinant(identity(4)))

fib = mat_pow([[1, 1], [1, 0]], 50)
print("fib(50) via matrix power:", fib[0][1])

def gauss_solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 6) for i in range(n)]

print("solution:", gauss_solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
show([[x / 3 for x in row] for row in M], "M / 3")
