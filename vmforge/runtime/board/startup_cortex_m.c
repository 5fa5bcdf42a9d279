// startup_cortex_m.c: the Cortex-M vector table and reset handler: copy .data from flash,
// zero .bss, enable the FPU on cores that have one, then main().
#include "board.h"

extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[], _stack_top[];
int main(void);

_Noreturn void Reset_Handler(void) {
    uint32_t *src = _sidata;
    for (uint32_t *p = _sdata; p < _edata; p++) *p = *src++;
    for (uint32_t *p = _sbss; p < _ebss; p++) *p = 0;
#if defined(__ARM_FP)
    // CP10 and CP11 full access: any float instruction before this faults
    REG32(0xE000ED88) |= 0xFu << 20;
    __asm__ volatile("dsb\n isb" ::: "memory");
#endif
    main();
    for (;;) {}
}

// SysTick counts down 24 bits at the CPU clock; its interrupt counts the wraps.
#define SYST_CSR 0xE000E010
#define SYST_RVR 0xE000E014
#define SYST_CVR 0xE000E018
static volatile uint32_t systick_wraps;
static void SysTick_Handler(void) { systick_wraps++; }

void board_ticks_start(void) {
    REG32(SYST_RVR) = 0xFFFFFF;
    REG32(SYST_CVR) = 0;
    REG32(SYST_CSR) = 7;            // enable, interrupt, processor clock
}

uint64_t board_ticks(void) {
    uint32_t wraps, v;
    do {
        wraps = systick_wraps;
        v = REG32(SYST_CVR);
    } while (wraps != systick_wraps);
    return ((uint64_t)wraps << 24) + (0xFFFFFF - v);
}

static void NMI_Handler(void) { board_fatal("NMI", 0); }
static void HardFault_Handler(void) { board_fatal("HardFault", REG32(0xE000ED28)); }
static void Other_Handler(void) { board_fatal("unexpected interrupt", REG32(0xE000ED04) & 0x1FF); }

typedef void (*vector_t)(void);
__attribute__((section(".isr_vector"), used))
const vector_t board_vectors[16 + VMFORGE_IRQ_COUNT] = {
    [0] = (vector_t)_stack_top,
    [1] = (vector_t)Reset_Handler,
    [2] = NMI_Handler,
    [3] = HardFault_Handler,
    [4 ... 14] = Other_Handler,
    [15] = SysTick_Handler,
    [16 ... 16 + VMFORGE_IRQ_COUNT - 1] = Other_Handler,
};
