// port_board.c: the VM's port on a microcontroller: stdout on the UART, the image from
// semihosting (or frozen into flash), the exit status through semihosting, no environment.
#include <stdlib.h>
#include "obj.h"
#include "board.h"

#ifndef VMFORGE_HEAP_SIZE
#define VMFORGE_HEAP_SIZE (64 * 1024)
#endif
#ifndef VMFORGE_CMDLINE_MAX
#define VMFORGE_CMDLINE_MAX 256
#endif
#ifndef VMFORGE_RECURSION_LIMIT
#define VMFORGE_RECURSION_LIMIT 1000
#endif

// The GC arena: not zeroed at reset (gc_init clears what it uses).
extern byte _stack_top[];          // the GC scans the whole stack, main's frame included

static byte heap[VMFORGE_HEAP_SIZE] __attribute__((aligned(16), section(".noinit")));

#ifdef VMFORGE_FROZEN
extern const byte vmforge_frozen_image[];
extern const size_t vmforge_frozen_image_len;
extern const char vmforge_frozen_name[];
#else
static long stderr_handle = -1;      // semihosting's ":tt" opened for appending: the host's stderr
#endif

void mp_port_write(int fd, const char *s, size_t n) {
#ifndef VMFORGE_FROZEN
    if (fd == 2 && stderr_handle >= 0) {
        semihost_write(stderr_handle, s, n);
        return;
    }
#endif
    board_uart_write(s, n);
}

// The file's bytes in the GC heap: a pointer into them (the loaded code) keeps them alive.
byte *mp_port_read_file(const char *path, size_t *len) {
#ifdef VMFORGE_FROZEN
    (void)path; (void)len;
    return NULL;
#else
    long h = semihost_open(path, 1);             // "rb"
    if (h < 0) return NULL;
    long n = semihost_flen(h);
    byte *buf = n < 0 ? NULL : gc_try_alloc(n > 0 ? (size_t)n : 1);
    if (buf != NULL && semihost_read(h, buf, (size_t)n) != 0) buf = NULL;
    semihost_close(h);
    *len = (size_t)n;
    return buf;
#endif
}

static bool report_ticks;            // `--icount` before the image: print the guest's ticks at exit

static void write_u64(int fd, uint64_t n) {
    char buf[21], *p = buf + sizeof buf;
    do { *--p = (char)('0' + n % 10); n /= 10; } while (n != 0);
    mp_port_write(fd, p, (size_t)(buf + sizeof buf - p));
}

#ifdef VMFORGE_STACK_REPORT
// A measuring build: the free stack is painted at boot; the exit reports the deepest use.
extern uint32_t _stack_guard[];    // the stack's lowest 32 bytes (MPU-guarded on ARMv7-M)
#define PAINT 0xA5A5A5A5u
static void paint_stack(void) {
    volatile uint32_t here = 0;
    for (uint32_t *p = _stack_guard + 8; p < (uint32_t *)&here - 16; p++) *p = PAINT;
}
static void report_stack(void) {
    uint32_t *p = _stack_guard + 8;
    while (p < (uint32_t *)_stack_top && *p == PAINT) p++;
    mp_port_write(2, "vmforge: stack used: ", 21);
    write_u64(2, (uint64_t)((byte *)_stack_top - (byte *)p));
    mp_port_write(2, "\n", 1);
}
#endif

// What mp_port_read_file returned: GC memory, reclaimed once nothing points into it.
void mp_port_free(byte *data) {
    (void)data;
}

NORETURN void mp_port_exit(int status) {
#ifdef VMFORGE_STACK_REPORT
    report_stack();
#endif
    if (report_ticks) {
        uint64_t t = board_ticks();
        mp_port_write(2, "vmforge: guest ticks: ", 22);
        write_u64(2, t);
        mp_port_write(2, "\n", 1);
    }
    semihost_exit(status);
}

const char *mp_port_getenv(const char *name) {
    (void)name;
    return NULL;
}

_Noreturn void board_fatal(const char *what, uint32_t detail) {
    static const char hex[] = "0123456789abcdef";
    char num[11] = {'0', 'x'};
    for (int i = 0; i < 8; i++) num[2 + i] = hex[(detail >> (28 - 4 * i)) & 15];
    board_uart_write("vmforge: fatal: ", 16);
    board_uart_write(what, strlen(what));
    board_uart_write(" ", 1);
    board_uart_write(num, 10);
    board_uart_write("\n", 1);
    semihost_exit(70);
}

// newlib's and picolibc's malloc (used by float formatting) take memory from a small
// region of its own, never from the GC arena.
#ifndef VMFORGE_LIBC_HEAP
#define VMFORGE_LIBC_HEAP 4096
#endif
static byte libc_heap[VMFORGE_LIBC_HEAP] __attribute__((aligned(8)));
void *_sbrk(ptrdiff_t incr) {
    static size_t used;
    if (incr < 0 || used + (size_t)incr > sizeof libc_heap) return (void *)-1;
    void *p = libc_heap + used;
    used += (size_t)incr;
    return p;
}
void *sbrk(ptrdiff_t incr) { return _sbrk(incr); }

static NORETURN void fail(const char *msg) {
    mp_port_write(2, "vmforge: ", 9);
    mp_port_write(2, msg, strlen(msg));
    mp_port_write(2, "\n", 1);
    mp_port_exit(2);
}

// mp_boot allocates the runtime's tables in the heap: a heap too small for them is a board
// file error, said so here rather than as a fatal unhandled exception.
static void boot(int argc, char **argv) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_boot(heap, sizeof heap, (void *)_stack_top, argc, argv);
        nlr_pop();
    } else {
        fail("MemoryError while starting the VM: memory.heap in the board file is too small");
    }
    mp_recursion_limit = VMFORGE_RECURSION_LIMIT;
}

#ifdef VMFORGE_FROZEN
int main(void) {
    board_uart_init();
    char *argv[] = {(char *)"vmforge-board", (char *)vmforge_frozen_name, NULL};
    boot(2, argv);
    mp_port_exit(mp_run_image(vmforge_frozen_image, vmforge_frozen_image_len));
}
#else
// argv from the semihosting command line: words split at spaces; argv[1] names the image.
static int split_args(char *line, char **argv, int max) {
    int argc = 0;
    for (char *p = line; *p && argc < max; ) {
        while (*p == ' ') *p++ = 0;
        if (*p == 0) break;
        argv[argc++] = p;
        while (*p && *p != ' ') p++;
    }
    argv[argc] = NULL;
    return argc;
}

int main(void) {
    static char line[VMFORGE_CMDLINE_MAX];
    static char *argv[17];
#ifdef VMFORGE_STACK_REPORT
    paint_stack();
#endif
    board_uart_init();
    stderr_handle = semihost_open(":tt", 8);
    if (semihost_cmdline(line, sizeof line - 1) != 0) line[0] = 0;
    int argc = split_args(line, argv, 16);
    if (argc >= 2 && strcmp(argv[1], "--icount") == 0) {
        report_ticks = true;
        board_ticks_start();
        for (int i = 1; i < argc; i++) argv[i] = argv[i + 1];
        argc--;
    }
    if (argc < 2) fail("usage: qemu ... -semihosting-config enable=on,arg=FIRMWARE,arg=IMAGE.vmi");
    boot(argc, argv);
    size_t len;
    byte *data = mp_port_read_file(argv[1], &len);
    if (data == NULL) fail("cannot read the image over semihosting");
    mp_port_exit(mp_run_image(data, len));
}
#endif
