// startup_cortex_m.c: the Cortex-M vector table and reset handler: copy .data from flash,
// zero .bss, enable the FPU on cores that have one, guard the stack's end with the MPU
// where there is one, then main().
#include <stdbool.h>
#include "board.h"

extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[], _stack_top[];
int main(void);

#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
// ARMv7-M: main runs on the process stack (PSP, the board file's stack) whose lowest 32
// bytes an MPU region forbids; faults run on this separate handler stack, so an overflow is
// reported ("stack overflow") instead of silently overwriting the heap below the stack.
#define STACK_GUARD 1
extern uint32_t _stack_guard[];
static uint32_t handler_stack[128] __attribute__((aligned(8)));
#define INITIAL_SP (handler_stack + 128)

static void guard_stack(void) {
    REG32(0xE000ED98) = 0;                          // MPU_RNR: region 0
    REG32(0xE000ED9C) = (uint32_t)_stack_guard;     // MPU_RBAR: 32-byte aligned base
    REG32(0xE000EDA0) = (1u << 28) | (4u << 1) | 1; // MPU_RASR: no access, XN, 32 bytes, on
    REG32(0xE000ED24) |= 1u << 16;                  // SHCSR: MemManage faults enabled
    REG32(0xE000ED94) = 5;                          // MPU_CTRL: on, default map for the rest
    __asm__ volatile("dsb\n isb" ::: "memory");
}
#else
#define INITIAL_SP _stack_top
#endif

__attribute__((used)) _Noreturn void board_reset(void) {
    uint32_t *src = _sidata;
    for (uint32_t *p = _sdata; p < _edata; p++) *p = *src++;
    for (uint32_t *p = _sbss; p < _ebss; p++) *p = 0;
#if defined(__ARM_FP)
    // CP10 and CP11 full access: any float instruction before this faults
    REG32(0xE000ED88) |= 0xFu << 20;
    __asm__ volatile("dsb\n isb" ::: "memory");
#endif
#ifdef STACK_GUARD
    guard_stack();
#endif
    main();
    for (;;) {}
}

// The entry: on ARMv7-M, switch thread mode to the process stack before any C frame exists.
__attribute__((naked)) void Reset_Handler(void) {
#ifdef STACK_GUARD
    __asm__ volatile("ldr r0, =_stack_top\n"
                     "msr psp, r0\n"
                     "movs r0, #2\n"
                     "msr control, r0\n"
                     "isb\n"
                     "b board_reset\n");
#else
    __asm__ volatile("ldr r0, =board_reset\n"
                     "bx r0\n");
#endif
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
static void MemManage_Handler(void) {
#ifdef STACK_GUARD
    uint32_t mmfsr = REG32(0xE000ED28) & 0xFF, addr = REG32(0xE000ED34);
    bool in_guard = (mmfsr & 0x80) && addr >= (uint32_t)_stack_guard && addr < (uint32_t)_stack_guard + 32;
    if ((mmfsr & 0x10) || in_guard)   // MSTKERR (stacking) or a store into the guard
        board_fatal("stack overflow (raise memory.stack or lower memory.recursion_limit); MMFSR", mmfsr);
#endif
    board_fatal("MemManage fault", REG32(0xE000ED28));
}
static void Other_Handler(void) { board_fatal("unexpected interrupt", REG32(0xE000ED04) & 0x1FF); }

typedef void (*vector_t)(void);
__attribute__((section(".isr_vector"), used))
const vector_t board_vectors[16 + VMFORGE_IRQ_COUNT] = {
    [0] = (vector_t)INITIAL_SP,
    [1] = (vector_t)Reset_Handler,
    [2] = NMI_Handler,
    [3] = HardFault_Handler,
    [4] = MemManage_Handler,
    [5 ... 14] = Other_Handler,
    [15] = SysTick_Handler,
    [16 ... 16 + VMFORGE_IRQ_COUNT - 1] = Other_Handler,
};
