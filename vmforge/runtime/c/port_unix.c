// port_unix.c: the only file that talks to the operating system.
#include <stdio.h>
#include <stdlib.h>
#include "obj.h"

void mp_port_write(int fd, const char *s, size_t n) {
    FILE *f = fd == 2 ? stderr : stdout;
    if (fd == 2) fflush(stdout);       // keep stdout and stderr in program order
    fwrite(s, 1, n, f);
}

byte *mp_port_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) return NULL;
    size_t alloc = 1 << 16, n = 0;
    byte *buf = malloc(alloc);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, alloc - n, f)) > 0) {
        n += got;
        if (n == alloc) {
            byte *bigger = realloc(buf, alloc * 2);
            if (bigger == NULL) free(buf);
            buf = bigger;
            alloc *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

void mp_port_free(byte *data) {
    free(data);
}

NORETURN void mp_port_exit(int status) {
    fflush(stdout);
    fflush(stderr);
    exit(status);
}

const char *mp_port_getenv(const char *name) {
    return getenv(name);
}
