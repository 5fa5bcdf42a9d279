// nlr.c: non-local return on setjmp/longjmp (vm_runtime.h documents the protocol).
#include "obj.h"

static nlr_buf_t *nlr_top;

void nlr_push_tail(nlr_buf_t *buf) {
    buf->prev = nlr_top;
    nlr_top = buf;
}

void nlr_pop(void) {
    nlr_top = nlr_top->prev;
}

NORETURN void nlr_jump(mp_obj_t exc) {
    nlr_buf_t *top = nlr_top;
    if (top == NULL) {
        // main() always has a handler: getting here is a runtime bug
        static const char msg[] = "vmforge-c: fatal: exception with no handler\n";
        mp_port_write(2, msg, sizeof msg - 1);
        mp_port_exit(70);
    }
    nlr_top = top->prev;
    top->ret_val = exc;
#if NLR_BUILTIN_SETJMP
    __builtin_longjmp(top->jmpbuf, 1);
#else
    longjmp(top->jmpbuf, 1);
#endif
}
