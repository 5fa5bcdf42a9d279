// main.c: the host's entry point, `vmforge-c prog.vmi [args]`: read the image, give the VM
// its arena (VMFORGE_C_HEAP overrides the built-in size) and exit with the program's status.
#include <stdlib.h>
#include "obj.h"

#ifndef VMFORGE_HEAP_SIZE
#define VMFORGE_HEAP_SIZE (64 * 1024 * 1024)
#endif

static NORETURN void fail(int status, const char *msg) {
    mp_port_write(2, "vmforge-c: ", 11);
    mp_port_write(2, msg, strlen(msg));
    mp_port_write(2, "\n", 1);
    mp_port_exit(status);
}

static size_t heap_size(void) {
    // bytes; a k or m suffix scales it
    const char *s = mp_port_getenv("VMFORGE_C_HEAP");
    if (s == NULL || *s == 0) return VMFORGE_HEAP_SIZE;
    char *end;
    unsigned long n = strtoul(s, &end, 10);
    if (*end == 'k' || *end == 'K') n *= 1024;
    else if (*end == 'm' || *end == 'M') n *= 1024 * 1024;
    return n < 64 * 1024 ? 64 * 1024 : n;
}

int main(int argc, char **argv) {
    volatile int stack_top = 0;
    if (argc < 2) fail(2, "usage: vmforge-c prog.vmi [args]");
    size_t size = heap_size();
    void *arena = malloc(size);
    if (arena == NULL) fail(2, "cannot allocate the heap");
    mp_boot(arena, size, (void *)&stack_top, argc, argv);
    size_t len;
    byte *data = mp_port_read_file(argv[1], &len);
    if (data == NULL) fail(2, "cannot read the image");
    int status = mp_run_image(data, len);
    free(data);
    mp_port_exit(status);
}
