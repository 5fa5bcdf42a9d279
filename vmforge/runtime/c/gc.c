// gc.c: the heap. A fixed arena of 16-byte blocks with a 2-bit state per block; mark-sweep.
// Roots: the registered static slots and, conservatively, every word of the C stack (the VM's
// frames, value stacks and locals live there) and of every reachable object. Any word that
// points into an allocated object keeps it alive, so no object needs a trace function.
#include "obj.h"

#define BLOCK 16
enum { FREE = 0, HEAD = 1, TAIL = 2, MARK = 3 };   // MARK: a marked head

static byte *atb;               // allocation table: 4 blocks a byte
static byte *pool;              // the blocks
static size_t n_blocks, hint;
static void *stack_top;
#ifndef VMFORGE_GC_MAX_ROOTS
#define VMFORGE_GC_MAX_ROOTS 128        // a board with little RAM builds with fewer (-D)
#endif
#define MAX_ROOTS VMFORGE_GC_MAX_ROOTS
static mp_obj_t *roots[MAX_ROOTS];
static size_t n_roots;
#ifndef VMFORGE_GC_MARK_STACK
#define VMFORGE_GC_MARK_STACK 512       // smaller is slower (rescans on overflow), not wrong
#endif
#define MARK_STACK VMFORGE_GC_MARK_STACK
static size_t mark_stack[MARK_STACK], mark_sp;
static bool mark_overflow, collecting;

static inline int state(size_t b) { return (atb[b >> 2] >> ((b & 3) * 2)) & 3; }
static inline void set_state(size_t b, int s) {
    byte shift = (byte)((b & 3) * 2);
    atb[b >> 2] = (byte)((atb[b >> 2] & ~(3 << shift)) | (s << shift));
}

void gc_init(void *arena, size_t size, void *top) {
    // one table byte per 4 blocks: size = n/4 + n*16
    n_blocks = (size * 4) / (4 * BLOCK + 1);
    atb = arena;
    memset(atb, 0, (n_blocks + 3) / 4);
    uintptr_t p = (uintptr_t)(atb + (n_blocks + 3) / 4);
    p = (p + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    pool = (byte *)p;
    while (n_blocks > 0 && pool + n_blocks * BLOCK > (byte *)arena + size) n_blocks--;
    stack_top = top;
    hint = 0;
}

size_t gc_heap_size(void) { return n_blocks * BLOCK; }

size_t gc_stack_used(void) {
    volatile char here = 0;
    uintptr_t a = (uintptr_t)&here, b = (uintptr_t)stack_top;
    return a < b ? b - a : a - b;
}

void gc_add_root(mp_obj_t *slot) {
    if (n_roots == MAX_ROOTS) {
        // a build-time limit: more static roots than MAX_ROOTS is a runtime bug
        static const char msg[] = "vmforge-c: fatal: too many GC roots\n";
        mp_port_write(2, msg, sizeof msg - 1);
        mp_port_exit(70);
    }
    roots[n_roots++] = slot;
}

// The head block of the object word w points into, or (size_t)-1.
static size_t block_of(mp_uint_t w) {
    if (w < (mp_uint_t)pool || w >= (mp_uint_t)(pool + n_blocks * BLOCK)) return (size_t)-1;
    size_t b = (w - (mp_uint_t)pool) / BLOCK;
    while (state(b) == TAIL) b--;
    return state(b) == FREE ? (size_t)-1 : b;
}

static void mark_word(mp_uint_t w) {
    size_t b = block_of(w);
    if (b == (size_t)-1 || state(b) == MARK) return;
    set_state(b, MARK);
    if (mark_sp < MARK_STACK) mark_stack[mark_sp++] = b;
    else mark_overflow = true;
}

static void scan_object(size_t b) {
    size_t end = b + 1;
    while (end < n_blocks && state(end) == TAIL) end++;
    for (mp_uint_t *w = (mp_uint_t *)(pool + b * BLOCK); w < (mp_uint_t *)(pool + end * BLOCK); w++) {
        mark_word(*w);
    }
}

static void drain(void) {
    for (;;) {
        while (mark_sp > 0) scan_object(mark_stack[--mark_sp]);
        if (!mark_overflow) return;
        // the mark stack overflowed: rescan every marked object until nothing new is marked
        mark_overflow = false;
        for (size_t b = 0; b < n_blocks; b++) if (state(b) == MARK) scan_object(b);
    }
}

// Reads stack words that may be ASan redzones: the scan is conservative by design.
__attribute__((no_sanitize_address, noinline))
static void scan_stack(void) {
    jmp_buf regs;                  // spills callee-saved registers onto the stack
    setjmp(regs);
    volatile mp_uint_t here = 0;
    mp_uint_t *lo = (mp_uint_t *)((mp_uint_t)&here & ~(sizeof(mp_uint_t) - 1));
    mp_uint_t *hi = (mp_uint_t *)stack_top;
    if (lo > hi) { mp_uint_t *t = lo; lo = hi; hi = t; }
    for (mp_uint_t *w = lo; w < hi; w++) {
        mark_word(*w);
        if (mark_sp > MARK_STACK / 2) drain();
    }
    for (mp_uint_t *w = (mp_uint_t *)&regs; w < (mp_uint_t *)(&regs + 1); w++) mark_word(*w);
}

void gc_collect(void) {
    if (collecting) return;
    collecting = true;
    mark_sp = 0;
    mark_overflow = false;
    for (size_t i = 0; i < n_roots; i++) mark_word((mp_uint_t)*roots[i]);
    drain();
    scan_stack();
    drain();
    for (size_t b = 0; b < n_blocks; b++) {
        int s = state(b);
        if (s == MARK) {
            set_state(b, HEAD);
        } else if (s == HEAD) {
            set_state(b, FREE);
            size_t t = b + 1;
            while (t < n_blocks && state(t) == TAIL) set_state(t++, FREE);
        }
    }
    hint = 0;
    collecting = false;
}

static void *find(size_t n) {
    size_t need = (n + BLOCK - 1) / BLOCK;
    if (need == 0) need = 1;
    size_t run = 0;
    bool seen_free = false;
    for (size_t b = hint; b < n_blocks; b++) {
        if (state(b) != FREE) {
            // no free block below b: later searches start past it (else a heap whose live
            // objects sit low, the usual case in a small arena, makes every search rescan them)
            if (!seen_free) hint = b + 1;
            run = 0;
            continue;
        }
        seen_free = true;
        if (++run == need) {
            size_t start = b + 1 - need;
            set_state(start, HEAD);
            for (size_t t = start + 1; t <= b; t++) set_state(t, TAIL);
            if (start == hint) hint = b + 1;
            void *p = pool + start * BLOCK;
            memset(p, 0, need * BLOCK);
            return p;
        }
    }
    return NULL;
}

void *gc_try_alloc(size_t n) {
#ifdef VMFORGE_GC_STRESS
    // a test build: collect every VMFORGE_GC_STRESS allocations, to find a missing root fast
    static unsigned stress;
    if (++stress % VMFORGE_GC_STRESS == 0) gc_collect();
#endif
    void *p = find(n);
    if (p == NULL && !collecting) {
        gc_collect();
        p = find(n);
    }
    return p;
}

void *gc_alloc(size_t n) {
    void *p = gc_try_alloc(n);
    if (p == NULL) mp_raise_obj(mp_memory_error_obj);
    return p;
}

void *gc_realloc(void *p, size_t old_n, size_t n) {
    void *q = gc_alloc(n);
    if (p != NULL) memcpy(q, p, old_n < n ? old_n : n);
    return q;
}
