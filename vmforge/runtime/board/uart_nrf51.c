// uart_nrf51.c: the nRF51's UART (micro:bit). Silent until ENABLE=4 and TASKS_STARTTX=1.
#include "board.h"

#define UART_STARTTX (VMFORGE_UART_BASE + 0x008)
#define UART_TXDRDY (VMFORGE_UART_BASE + 0x11C)
#define UART_ENABLE (VMFORGE_UART_BASE + 0x500)
#define UART_TXD (VMFORGE_UART_BASE + 0x51C)
#define UART_BAUDRATE (VMFORGE_UART_BASE + 0x524)

void board_uart_init(void) {
    REG32(UART_BAUDRATE) = 0x01D7E000;     // 115200
    REG32(UART_ENABLE) = 4;
    REG32(UART_STARTTX) = 1;
}

void board_uart_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        REG32(UART_TXDRDY) = 0;
        REG32(UART_TXD) = (uint8_t)s[i];
        while (REG32(UART_TXDRDY) == 0) {}
    }
}
