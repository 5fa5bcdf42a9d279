// uart_ns16550.c: the NS16550A UART (QEMU's RISC-V virt machine), byte-wide registers.
#include "board.h"

#define REG8(addr) (*(volatile uint8_t *)(uintptr_t)(addr))
#define UART_THR (VMFORGE_UART_BASE + 0)
#define UART_LCR (VMFORGE_UART_BASE + 3)
#define UART_LSR (VMFORGE_UART_BASE + 5)
#define LSR_THRE 0x20

void board_uart_init(void) {
    REG8(UART_LCR) = 0x03;          // 8 data bits, no parity, 1 stop bit
}

void board_uart_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        while ((REG8(UART_LSR) & LSR_THRE) == 0) {}
        REG8(UART_THR) = (uint8_t)s[i];
    }
}
