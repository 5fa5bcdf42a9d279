// board.h: what the bare-metal board sources share: the UART driver, semihosting and the
// symbols the linker script (templates/board/link.ld.j2) defines. The board build passes
// the -D macros (VMFORGE_BOARD_*, VMFORGE_HEAP_SIZE, ...) from the board file.
#ifndef VMFORGE_BOARD_H
#define VMFORGE_BOARD_H

#include <stddef.h>
#include <stdint.h>

// uart_<kind>.c: the one UART the board's file names
void board_uart_init(void);
void board_uart_write(const char *s, size_t n);

// semihost.c: host calls through the debugger (QEMU -semihosting-config enable=on)
long semihost_call(long op, void *arg);
long semihost_open(const char *path, int mode);     // handle, or -1
long semihost_flen(long handle);
long semihost_read(long handle, void *buf, size_t n);   // bytes NOT read
void semihost_close(long handle);
long semihost_write(long handle, const void *buf, size_t n);
long semihost_cmdline(char *buf, size_t n);         // 0 on success
_Noreturn void semihost_exit(int status);           // SYS_EXIT_EXTENDED: any status survives

// startup_<family>: a free-running counter. Under QEMU with -icount shift=0 the guest's clock
// advances 1 ns per instruction, so instructions = ticks * 1e9 / (the counter's rate in Hz).
void board_ticks_start(void);
uint64_t board_ticks(void);

// startup_<family>: a fault or trap ends here (a message on the UART, then exit 70)
_Noreturn void board_fatal(const char *what, uint32_t detail);

#define REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

#endif // VMFORGE_BOARD_H
