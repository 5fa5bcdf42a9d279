// semihost.c: ARM and RISC-V semihosting (the debugger, or QEMU, does the host calls): the
// image file, stderr and the exit status.
#include "board.h"

enum { SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITE = 0x05, SYS_READ = 0x06, SYS_FLEN = 0x0C,
       SYS_GET_CMDLINE = 0x15, SYS_EXIT_EXTENDED = 0x20 };
#define ADP_Stopped_ApplicationExit 0x20026

#if defined(__arm__)
long semihost_call(long op, void *arg) {
    register long r0 __asm__("r0") = op;
    register void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}
#elif defined(__riscv)
// The debugger recognises the three instructions together: uncompressed and on one page
// (16-byte alignment keeps the 12 bytes from straddling a page boundary).
__asm__(".section .text.semihost_call,\"ax\",@progbits\n"
        ".globl semihost_call\n"
        ".balign 16\n"
        "semihost_call:\n"
        ".option push\n"
        ".option norvc\n"
        "    slli x0, x0, 0x1f\n"
        "    ebreak\n"
        "    srai x0, x0, 7\n"
        ".option pop\n"
        "    ret\n");
#else
#error "semihosting: unknown CPU"
#endif

long semihost_open(const char *path, int mode) {
    long args[3] = {(long)path, mode, (long)__builtin_strlen(path)};
    return semihost_call(SYS_OPEN, args);
}

long semihost_flen(long handle) {
    long args[1] = {handle};
    return semihost_call(SYS_FLEN, args);
}

long semihost_read(long handle, void *buf, size_t n) {
    long args[3] = {handle, (long)buf, (long)n};
    return semihost_call(SYS_READ, args);
}

void semihost_close(long handle) {
    long args[1] = {handle};
    semihost_call(SYS_CLOSE, args);
}

long semihost_write(long handle, const void *buf, size_t n) {
    long args[3] = {handle, (long)buf, (long)n};
    return semihost_call(SYS_WRITE, args);
}

long semihost_cmdline(char *buf, size_t n) {
    long args[2] = {(long)buf, (long)n};
    return semihost_call(SYS_GET_CMDLINE, args);
}

_Noreturn void semihost_exit(int status) {
    long args[2] = {ADP_Stopped_ApplicationExit, status};
    semihost_call(SYS_EXIT_EXTENDED, args);
    for (;;) {}                     // no debugger: stop here
}
