/*
 * vm_runtime.h: the contract between the generated C interpreter (build/gen/c/vm.c) and the
 * hand-written C runtime. Hand-written, not generated.
 *
 * The generated files add to it: bc0.h (opcode numbers, enums, spec hash) and vm_prims.h
 * (a prototype for every primitive of the spec, rt_<name>). The runtime implements those
 * primitives, the hooks declared at the end of this file and nlr; vm.c implements
 * mp_execute_bytecode.
 *
 * C11, no OS calls; works with 32- and 64-bit words.
 */
#ifndef VMFORGE_VM_RUNTIME_H
#define VMFORGE_VM_RUNTIME_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef NORETURN
#define NORETURN _Noreturn
#endif

// --- words and values ------------------------------------------------------------------

typedef unsigned char byte;
typedef intptr_t mp_int_t;          // a machine word, signed
typedef uintptr_t mp_uint_t;        // a machine word, unsigned
typedef mp_uint_t qstr;             // an interned name (the runtime's string id)

// A VM value: one tagged word. Bit 0 set: a small int, the value in the other bits.
// Bit 0 clear: a pointer to an object (objects are at least 2-byte aligned). A pointer
// type, so that a value and a C integer cannot be mixed up without a cast.
typedef void *mp_obj_t;

_Static_assert(sizeof(mp_obj_t) == sizeof(mp_uint_t), "a VM value is one machine word");

#define MP_OBJ_NULL ((mp_obj_t)NULL)     // "no value": an unbound local, an exhausted iterator

#define MP_OBJ_IS_SMALL_INT(o) ((((mp_uint_t)(o)) & 1) != 0)
// Right shift of a negative word is arithmetic on every compiler this targets.
#define MP_OBJ_SMALL_INT_VALUE(o) (((mp_int_t)(o)) >> 1)
#define MP_OBJ_NEW_SMALL_INT(v) ((mp_obj_t)((((mp_uint_t)(v)) << 1) | 1))

// Small ints hold one bit less than a word: 31 bits on a 32-bit machine.
#define MP_SMALL_INT_MIN ((mp_int_t)(((mp_uint_t)-1) << (sizeof(mp_int_t) * 8 - 2)))
#define MP_SMALL_INT_MAX (-(MP_SMALL_INT_MIN + 1))
#define MP_SMALL_INT_FITS(n) ((n) >= MP_SMALL_INT_MIN && (n) <= MP_SMALL_INT_MAX)

// The constant objects; the runtime defines them (and their struct types).
extern const struct _mp_obj_none_t mp_const_none_obj;
extern const struct _mp_obj_bool_t mp_const_false_obj;
extern const struct _mp_obj_bool_t mp_const_true_obj;
extern const struct _mp_obj_ellipsis_t mp_const_ellipsis_obj;

#define mp_const_none ((mp_obj_t)&mp_const_none_obj)
#define mp_const_false ((mp_obj_t)&mp_const_false_obj)
#define mp_const_true ((mp_obj_t)&mp_const_true_obj)
#define mp_const_ellipsis ((mp_obj_t)&mp_const_ellipsis_obj)

// --- nlr: non-local return, how VM exceptions are raised --------------------------------
//
//     nlr_buf_t nlr;
//     if (nlr_push(&nlr) == 0) {
//         ... code that may raise ...
//         nlr_pop();
//     } else {
//         ... nlr.ret_val is the exception ...
//     }
//
// nlr_push links buf in as the innermost handler and returns 0; nlr_jump(exc) unlinks the
// innermost handler, sets its ret_val to exc and longjmps to it, so that its nlr_push
// returns again, non-zero. nlr_pop unlinks the innermost handler without jumping.

typedef struct _nlr_buf_t nlr_buf_t;
// GCC's __builtin_setjmp saves only the frame, stack pointer and resume address (no signal
// mask, no callee-saved registers: the compiler spills what is live), several times cheaper
// than setjmp on every call. ASan must see longjmp to unpoison the stack, so sanitized
// builds and other compilers keep the library's.
#if defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define NLR_BUILTIN_SETJMP 1
#endif

struct _nlr_buf_t {
    nlr_buf_t *prev;        // the next outer handler
    mp_obj_t ret_val;       // the exception nlr_jump passed
#if NLR_BUILTIN_SETJMP
    void *jmpbuf[5];
#else
    jmp_buf jmpbuf;
#endif
};

void nlr_push_tail(nlr_buf_t *buf);     // links buf in; nlr_push then calls setjmp itself
void nlr_pop(void);
NORETURN void nlr_jump(mp_obj_t exc);

// setjmp must be called from the frame that stays alive, so nlr_push is a macro.
#if NLR_BUILTIN_SETJMP
#define nlr_push(buf) (nlr_push_tail(buf), __builtin_setjmp((buf)->jmpbuf))
#else
#define nlr_push(buf) (nlr_push_tail(buf), setjmp((buf)->jmpbuf))
#endif

// --- frames -------------------------------------------------------------------------------

// A block on a frame's exception stack (SETUP_EXCEPT, SETUP_FINALLY, SETUP_WITH).
typedef struct _mp_exc_stack_t {
    const byte *handler;    // where its handler starts
    mp_obj_t *val_sp;       // the value stack's top to restore when the handler is entered
    mp_obj_t handled_exc;   // while its handler runs after an exception: that exception
    byte kind;              // MP_BLOCK_EXCEPT, MP_BLOCK_FINALLY or MP_BLOCK_WITH (bc0.h)
    bool saved_in_except;   // the frame's in_except flag when the block was pushed
} mp_exc_stack_t;

// A frame's state: the runtime sets it up (locals, cells, ip after the prelude) and keeps it
// (in a generator object, for a generator); mp_execute_bytecode runs it and updates it.
typedef struct _mp_code_state_t {
    const byte *code_info;      // start of the code object (code_info, prelude, bytecode)
    const qstr *qstrs;          // the module's string table: a qstr operand (and the file and
                                // block names of code_info) index it
    const byte *ip;             // next instruction (while running: the instruction running)
    mp_obj_t *fastn;            // locals, reversed: local n is fastn[-n]
    mp_obj_t *sp;               // top of the value stack (one slot below it when empty)
    mp_exc_stack_t *exc_stack;  // the block stack's first slot
    mp_exc_stack_t *exc_sp;     // its top block (exc_stack - 1 when empty)
    bool in_except;             // an except (or finally) handler of the top block is running
} mp_code_state_t;

typedef enum {
    MP_VM_RETURN_NORMAL,        // the frame returned; the value is *state->sp
    MP_VM_RETURN_YIELD,         // the frame yielded *state->sp; ip, sp, exc_sp, in_except are
                                // saved. To resume, put the sent value in *state->sp.
    MP_VM_RETURN_EXCEPTION,     // an exception left the frame; it is in state->fastn[0]
} mp_vm_return_kind_t;

// Run a frame (vm.c) until it returns, yields or lets an exception out. inject_exc, if not
// MP_OBJ_NULL, is an exception instance to raise at the resume point (generator throw and
// close); a YIELD_FROM there throws it into its delegate instead. Reentrant: primitives may
// call it for other frames.
mp_vm_return_kind_t mp_execute_bytecode(mp_code_state_t *state, mp_obj_t inject_exc);

// --- hooks the interpreter loop calls, besides the primitives of vm_prims.h ---------------
//
// One rule for a primitive: rt_raise(MP_OBJ_NULL) (a bare `raise` when no handler of the
// frame is running) raises RuntimeError("No active exception to reraise").

// Add a traceback entry (file, line, block name) to exc as it passes through a frame, if exc
// takes one. Called again when the frame re-raises exc (END_FINALLY, a bare raise): `frame`
// tells the runtime which frame it is, so that it can skip those, as the plain runtime does.
void mp_exc_add_traceback(mp_obj_t exc, const mp_code_state_t *frame, qstr file, mp_int_t line,
                          qstr block);

// type(v), pushed with an exception when its handler is entered.
mp_obj_t mp_obj_type_of(mp_obj_t v);

// Whether v is an exception class (END_FINALLY and WITH_CLEANUP see (None, exc, type) on top).
bool mp_obj_is_exception_type(mp_obj_t v);

// Resume gen for YIELD_FROM: send it `send` or, if throw_exc is not MP_OBJ_NULL, throw that
// in. YIELD: *ret is the value gen yielded; NORMAL: *ret is its return value (MP_OBJ_NULL
// for None); EXCEPTION: *ret is the exception it raised. gen may be any iterator.
mp_vm_return_kind_t mp_gen_resume(mp_obj_t gen, mp_obj_t send, mp_obj_t throw_exc, mp_obj_t *ret);

// The value of exc if it is a StopIteration (None when it has none), else MP_OBJ_NULL.
mp_obj_t mp_stop_iteration_value(mp_obj_t exc);

// Whether exc is a GeneratorExit (which YIELD_FROM raises again even if its delegate ate it).
bool mp_exc_is_generator_exit(mp_obj_t exc);

// Raise the VM's error for malformed bytecode (a SystemError): what went wrong and a number
// that says where or which (an opcode, a sentinel value).
NORETURN void mp_raise_vm_error(const char *what, mp_int_t value);

#endif // VMFORGE_VM_RUNTIME_H
