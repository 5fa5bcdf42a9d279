// startup_riscv32.S: RV32 entry at the start of flash (0x80000000 on QEMU's virt with
// -bios none): gp, sp and tp (picolibc keeps errno in thread-local storage), .data and
// .tdata copied from their load address, .bss zeroed, a trap vector, then main().
    .option arch, +zicsr
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, _stack_top
    la tp, __tls_base
    la t0, trap_entry
    csrw mtvec, t0
    la a0, _sdata
    la a1, _edata
    la a2, _sidata
1:  bgeu a0, a1, 2f
    lw t0, 0(a2)
    sw t0, 0(a0)
    addi a0, a0, 4
    addi a2, a2, 4
    j 1b
2:  la a0, _sbss
    la a1, _ebss
3:  bgeu a0, a1, 4f
    sw zero, 0(a0)
    addi a0, a0, 4
    j 3b
4:  call main
5:  j 5b

    .balign 4
trap_entry:
    la sp, _stack_top
    la a0, trap_name
    csrr a1, mcause
    call board_fatal

    .section .rodata.trap_name, "a", @progbits
trap_name:
    .string "trap (mcause)"

// board_ticks: minstret since board_ticks_start (with -icount, QEMU counts retired instructions)
    .section .text.board_ticks, "ax", @progbits
    .globl board_ticks_start
board_ticks_start:
    addi sp, sp, -16
    sw ra, 12(sp)
    call read_minstret
    la t0, ticks_base
    sw a0, 0(t0)
    sw a1, 4(t0)
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .globl board_ticks
board_ticks:
    addi sp, sp, -16
    sw ra, 12(sp)
    call read_minstret
    la t0, ticks_base
    lw t1, 0(t0)
    lw t2, 4(t0)
    sltu t3, a0, t1         # borrow
    sub a0, a0, t1
    sub a1, a1, t2
    sub a1, a1, t3
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
read_minstret:
1:  csrr a1, minstreth
    csrr a0, minstret
    csrr t0, minstreth
    bne a1, t0, 1b
    ret

    .section .bss.ticks_base, "aw", @nobits
    .balign 8
ticks_base:
    .zero 8
