# A binary-heap priority queue implemented by hand, used for task scheduling
# and Dijkstra's shortest paths.

class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0  # tie-breaker keeps FIFO order for equal priorities

    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._sift_up(len(self.heap) - 1)

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def __len__(self):
        return len(self.heap)

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest

pq = PriorityQueue()
for prio, task in [(3, "write report"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch"), (2, "email")]:
    pq.push(prio, task)
print(len(pq))
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort
data = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5]
h = PriorityQueue()
for x in data:
    h.push(x, x)
print([h.pop()[1] for _ in range(len(data))])

graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    pq = PriorityQueue()
    pq.push(0, start)
    done = set()
    while pq:
        d, node = pq.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                pq.push(nd, nxt)
    return dist, prev

dist, prev = dijkstra(graph, "A")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))
