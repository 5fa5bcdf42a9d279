// loader.c: reads a module image (format in vmforge/image.py) into code objects: the main
// module, the bundled modules and the table of pre-compiled eval/exec sources. Checks the
// magic, the format version, layout and spec hash, the CRC-32 and every length and index
// before use; a bad image gets a one-line message, in the Python loader's words.
#include <stdio.h>
#include "obj.h"

#define HEADER_SIZE 24
#define IMAGE_LAYOUT 2        // image.LAYOUT: the container's sections (bundle, sources)

typedef struct { const byte *p, *end; char *err; size_t err_len; } reader_t;

static uint32_t crc32(const byte *p, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

static uint32_t u32(const byte *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

// false (with the message in r->err) if the varint is cut short, too long or over limit
static bool varint(reader_t *r, const byte *start, const char *what, size_t limit, size_t *out) {
    size_t value = 0;
    for (int i = 0; i < 5; i++) {
        if (r->p >= r->end) {
            snprintf(r->err, r->err_len, "truncated image: %s runs past the end at byte %ld", what, (long)(r->p - start));
            return false;
        }
        byte b = *r->p++;
        value = (value << 7) | (b & 0x7F);
        if (!(b & 0x80)) {
            if (value > limit) {
                snprintf(r->err, r->err_len, "corrupt image: %s %lu is over the limit %lu", what,
                         (unsigned long)value, (unsigned long)limit);
                return false;
            }
            *out = value;
            return true;
        }
    }
    snprintf(r->err, r->err_len, "corrupt image: %s is not a valid varint at byte %ld", what, (long)(r->p - start));
    return false;
}

static bool take(reader_t *r, const byte *start, size_t n, const char *what, const byte **out) {
    if ((size_t)(r->end - r->p) < n) {
        snprintf(r->err, r->err_len, "truncated image: %s needs %lu bytes at byte %ld", what, (unsigned long)n,
                 (long)(r->p - start));
        return false;
    }
    *out = r->p;
    r->p += n;
    return true;
}

// The seed layout's bounds (image.check_layout).
static bool check_layout(mp_code_t *c, size_t index, size_t n_strings, const char *where, char *err, size_t err_len) {
    const byte *code = c->code;
    size_t len = c->code_len;
    if (len < 12 + 1 + 5) {
        snprintf(err, err_len, "corrupt image: %scode %lu is too short (%lu bytes)", where, (unsigned long)index, (unsigned long)len);
        return false;
    }
    size_t size = u32(code);
    if (size < 13 || size + 5 > len || code[size - 1] != 0) {
        snprintf(err, err_len, "corrupt image: %scode %lu has a bad code_info size %lu", where, (unsigned long)index, (unsigned long)size);
        return false;
    }
    if (memchr(code + 12, 0, size - 13) != NULL) {
        snprintf(err, err_len, "corrupt image: %scode %lu has a zero byte inside its line table", where, (unsigned long)index);
        return false;
    }
    if (u32(code + 4) >= n_strings || u32(code + 8) >= n_strings) {
        snprintf(err, err_len, "corrupt image: %scode %lu names a string outside the string table", where, (unsigned long)index);
        return false;
    }
    c->n_state = (uint16_t)(code[size] | code[size + 1] << 8);
    c->n_exc_stack = (uint16_t)(code[size + 2] | code[size + 3] << 8);
    size_t n_cells = code[size + 4];
    if (size + 5 + n_cells > len) {
        snprintf(err, err_len, "corrupt image: %scode %lu has %lu cells past its end", where, (unsigned long)index, (unsigned long)n_cells);
        return false;
    }
    size_t n_params = (size_t)c->n_pos + c->n_kwonly + !!(c->flags & 2) + !!(c->flags & 4);
    if (n_params > c->n_locals || c->n_locals > c->n_state) {
        snprintf(err, err_len, "corrupt image: %scode %lu has %lu parameters, %u locals and n_state %u, which do not fit",
                 where, (unsigned long)index, (unsigned long)n_params, c->n_locals, c->n_state);
        return false;
    }
    for (size_t i = 0; i < n_cells; i++) {
        if (code[size + 5 + i] >= c->n_state) {
            snprintf(err, err_len, "corrupt image: %scode %lu has a cell index outside its n_state", where, (unsigned long)index);
            return false;
        }
    }
    return true;
}

// A string of the image as a str object: varint length, UTF-8 bytes.
static bool text(reader_t *r, const byte *start, const char *what, mp_obj_t *out) {
    char label[80];
    size_t n;
    const byte *s;
    snprintf(label, sizeof label, "length of %s", what);
    if (!varint(r, start, label, (size_t)(r->end - start), &n) || !take(r, start, n, what, &s)) return false;
    *out = mp_obj_new_str((const char *)s, n);
    return true;
}

// One unit: its string table and code objects (`where` names it in messages).
static mp_module_t *load_unit(reader_t *r, const byte *payload, const char *where) {
    size_t n = (size_t)(r->end - payload);
    char *err = r->err;
    size_t err_len = r->err_len;
    char what[96];
    mp_module_t *m = gc_alloc(sizeof(mp_module_t));
    size_t count;
    snprintf(what, sizeof what, "%sstring count", where);
    if (!varint(r, payload, what, n, &count)) return NULL;
    m->n_qstrs = count;
    m->qstrs = gc_alloc((count + 1) * sizeof(qstr));
    for (size_t i = 0; i < count; i++) {
        size_t slen;
        const byte *s;
        snprintf(what, sizeof what, "length of %sstring %lu", where, (unsigned long)i);
        if (!varint(r, payload, what, n, &slen)) return NULL;
        snprintf(what, sizeof what, "%sstring %lu", where, (unsigned long)i);
        if (!take(r, payload, slen, what, &s)) return NULL;
        m->qstrs[i] = qstr_from_strn((const char *)s, slen);
    }
    snprintf(what, sizeof what, "%scode object count", where);
    if (!varint(r, payload, what, n, &count)) return NULL;
    m->n_codes = count;
    m->codes = gc_alloc((count + 1) * sizeof(mp_code_t));
    size_t top = m->n_qstrs ? m->n_qstrs - 1 : 0;
    for (size_t i = 0; i < count; i++) {
        mp_code_t *c = &m->codes[i];
        size_t flags, n_pos, n_kwonly, n_names, name, qual, doc, clen;
#define FIELD(label, limit, out) \
        snprintf(what, sizeof what, "%s" label " of code %lu", where, (unsigned long)i); \
        if (!varint(r, payload, what, limit, out)) return NULL;
        FIELD("flags", 0xFF, &flags)
        FIELD("argument count", 255, &n_pos)
        FIELD("keyword-only count", 255, &n_kwonly)
        FIELD("local names", 0xFFFF, &n_names)
        qstr *names = gc_alloc((n_names + 1) * sizeof(qstr));
        for (size_t k = 0; k < n_names; k++) {
            FIELD("local name", top, &name)
            names[k] = m->qstrs[name];
        }
        FIELD("qualified name", top, &qual)
        FIELD("docstring", m->n_qstrs, &doc)
        FIELD("length", n, &clen)
#undef FIELD
        snprintf(what, sizeof what, "%scode %lu", where, (unsigned long)i);
        if (!take(r, payload, clen, what, &c->code)) return NULL;
        if (m->n_qstrs == 0) {
            snprintf(err, err_len, "corrupt image: %scode %lu names a string outside the string table", where, (unsigned long)i);
            return NULL;
        }
        c->code_len = clen;
        c->module = m;
        c->flags = (uint8_t)flags;
        c->n_pos = (uint16_t)n_pos;
        c->n_kwonly = (uint16_t)n_kwonly;
        c->n_locals = (uint16_t)n_names;
        c->local_names = names;
        c->qualname = m->qstrs[qual];
        c->doc = doc ? qstr_obj(m->qstrs[doc - 1]) : MP_OBJ_NULL;
    }
    if (count == 0) {
        snprintf(err, err_len, "corrupt image: %sno code objects", where);
        return NULL;
    }
    for (size_t i = 0; i < count; i++) {
        mp_code_t *c = &m->codes[i];
        if (!check_layout(c, i, m->n_qstrs, where, err, err_len)) return NULL;
        if (!mp_verify_code(c, i, m->n_qstrs, m->n_codes, err, err_len)) return NULL;
        c->name = m->qstrs[u32(c->code + 8)];
        mp_code_prepare(c);
    }
    return m;
}

// The bundle: modules the program imports, compiled with it.
static bool load_bundle(reader_t *r, const byte *payload, mp_image_t *img) {
    size_t n = (size_t)(r->end - payload), count;
    if (!varint(r, payload, "module count", n, &count)) return false;
    img->n_modules = count;
    img->modules = gc_alloc((count + 1) * sizeof(mp_bundled_t));
    for (size_t i = 0; i < count; i++) {
        char what[80];
        mp_obj_t name;
        snprintf(what, sizeof what, "name of module %lu", (unsigned long)i);
        if (!text(r, payload, what, &name)) return false;
        img->modules[i].name = mp_obj_str_qstr(name);
        snprintf(what, sizeof what, "module %lu: ", (unsigned long)i);
        if ((img->modules[i].unit = load_unit(r, payload, what)) == NULL) return false;
    }
    return true;
}

// The source table: what eval/exec/compile of each source text gives.
static bool load_sources(reader_t *r, const byte *payload, mp_image_t *img) {
    size_t n = (size_t)(r->end - payload), count;
    if (!varint(r, payload, "source count", n, &count)) return false;
    img->n_sources = count;
    img->sources = gc_alloc((count + 1) * sizeof(mp_source_t));
    for (size_t i = 0; i < count; i++) {
        mp_source_t *e = &img->sources[i];
        char what[80];
        size_t mode, kind, line, offset;
        snprintf(what, sizeof what, "text of source %lu", (unsigned long)i);
        if (!text(r, payload, what, &e->text)) return false;
        snprintf(what, sizeof what, "mode of source %lu", (unsigned long)i);
        if (!varint(r, payload, what, MP_SOURCE_EXEC, &mode)) return false;
        snprintf(what, sizeof what, "kind of source %lu", (unsigned long)i);
        if (!varint(r, payload, what, MP_SOURCE_INDENTATION_ERROR, &kind)) return false;
        e->mode = (uint8_t)mode;
        e->kind = (uint8_t)kind;
        if (kind == MP_SOURCE_CODE) {
            snprintf(what, sizeof what, "source %lu: ", (unsigned long)i);
            if ((e->unit = load_unit(r, payload, what)) == NULL) return false;
            continue;
        }
        snprintf(what, sizeof what, "message of source %lu", (unsigned long)i);
        if (!text(r, payload, what, &e->message)) return false;
        snprintf(what, sizeof what, "line of source %lu", (unsigned long)i);
        if (!varint(r, payload, what, n, &line)) return false;
        snprintf(what, sizeof what, "offset of source %lu", (unsigned long)i);
        if (!varint(r, payload, what, n, &offset)) return false;
        e->line = (mp_int_t)line;
        e->offset = (mp_int_t)offset;
    }
    return true;
}

mp_image_t *mp_load_image(const byte *data, size_t len, char *err, size_t err_len) {
    if (len < HEADER_SIZE) {
        snprintf(err, err_len, "truncated image: %lu bytes, the header alone is %d", (unsigned long)len, HEADER_SIZE);
        return NULL;
    }
    if (memcmp(data, "VMFI", 4) != 0) {
        snprintf(err, err_len, "not a vmforge image (magic %02x%02x%02x%02x, expected 'VMFI')", data[0], data[1], data[2], data[3]);
        return NULL;
    }
    unsigned version = data[4] | data[5] << 8, layout = data[6] | data[7] << 8;
    char hash[17];
    for (int i = 0; i < 8; i++) snprintf(hash + 2 * i, 3, "%02x", data[8 + i]);
    if (strcmp(hash, VMFORGE_SPEC_HASH) != 0 || version != VMFORGE_FORMAT_VERSION || layout != IMAGE_LAYOUT) {
        snprintf(err, err_len, "image was built for spec %s (format %u, layout %u); this VM is %s %s (format %d, "
                 "layout %d): recompile it", hash, version, layout, VMFORGE_VM_NAME, VMFORGE_SPEC_HASH,
                 VMFORGE_FORMAT_VERSION, IMAGE_LAYOUT);
        return NULL;
    }
    size_t length = u32(data + 16);
    const byte *payload = data + HEADER_SIZE;
    size_t n = len - HEADER_SIZE;
    if (n != length) {
        snprintf(err, err_len, "truncated image: payload is %lu bytes, header says %lu", (unsigned long)n, (unsigned long)length);
        return NULL;
    }
    if (crc32(payload, n) != u32(data + 20)) {
        snprintf(err, err_len, "corrupt image: payload checksum does not match");
        return NULL;
    }
    reader_t r = {payload, payload + n, err, err_len};
    mp_image_t *img = gc_alloc(sizeof(mp_image_t));
    if ((img->main = load_unit(&r, payload, "")) == NULL) return NULL;
    if (!load_bundle(&r, payload, img) || !load_sources(&r, payload, img)) return NULL;
    if (r.p != r.end) {
        snprintf(err, err_len, "corrupt image: %ld bytes after the source table", (long)(r.end - r.p));
        return NULL;
    }
    return img;
}
