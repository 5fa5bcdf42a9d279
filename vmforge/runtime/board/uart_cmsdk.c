// uart_cmsdk.c: ARM's CMSDK APB UART (the MPS2 boards). It drops output until CTRL.TXEN is set.
#include "board.h"

#define UART_DATA (VMFORGE_UART_BASE + 0x00)
#define UART_STATE (VMFORGE_UART_BASE + 0x04)
#define UART_CTRL (VMFORGE_UART_BASE + 0x08)
#define UART_BAUDDIV (VMFORGE_UART_BASE + 0x10)
#define STATE_TXFULL 1u

void board_uart_init(void) {
    REG32(UART_BAUDDIV) = 16;
    REG32(UART_CTRL) = 1;           // TX enable
}

void board_uart_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        while (REG32(UART_STATE) & STATE_TXFULL) {}
        REG32(UART_DATA) = (uint8_t)s[i];
    }
}
