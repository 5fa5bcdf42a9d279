// syscalls_newlib.c: the system calls newlib's stdio and abort() reference. The VM does no
// file I/O through libc (only snprintf), so all but _exit are stubs that fail.
#include <errno.h>
#include <sys/stat.h>
#include "board.h"

_Noreturn void _exit(int status) { semihost_exit(status); }
int _kill(int pid, int sig) { (void)pid; (void)sig; errno = EINVAL; return -1; }
int _getpid(void) { return 1; }
int _write(int fd, const char *s, int n) { (void)fd; board_uart_write(s, (size_t)n); return n; }
int _read(int fd, char *s, int n) { (void)fd; (void)s; (void)n; return 0; }
int _close(int fd) { (void)fd; return -1; }
int _lseek(int fd, int off, int whence) { (void)fd; (void)off; (void)whence; return -1; }
int _isatty(int fd) { (void)fd; return 1; }
int _fstat(int fd, struct stat *st) { (void)fd; st->st_mode = S_IFCHR; return 0; }
