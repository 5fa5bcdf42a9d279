"""The generated operand codecs: every value of each codec's range survives a round trip,
and a truncated encoding is a DecodeError."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import CODEC_RANGES, CODECS
from genpkg import load_generated


@pytest.fixture(scope="module")
def codecs(tmp_path_factory):
    return load_generated(tmp_path_factory.mktemp("gen"), modules=("codecs",)).codecs


def values(codec: str):
    low, high = CODEC_RANGES[codec]
    edges = [v for v in (low, high, 0, 1, -1, 63, 64, -64, -65, 127, 128, 0x7FFF, 0x8000) if low <= v <= high]
    return st.one_of(st.sampled_from(edges), st.integers(low, high))


def seed_decode_svarint(data: bytes) -> int:
    """LOAD_CONST_SMALL_INT's decoder as the seed's vm.c writes it."""
    num = -1 if data[0] & 0x40 else 0
    for byte in data:
        num = (num << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return num


def test_ranges_are_the_models(codecs):
    assert codecs.CODEC_RANGE == CODEC_RANGES
    assert set(codecs.ENCODERS) == set(codecs.DECODERS) == set(CODECS)


@pytest.mark.parametrize("codec", CODECS)
def test_round_trip_over_the_whole_range(codecs, codec):
    encode, decode = codecs.ENCODERS[codec], codecs.DECODERS[codec]

    @settings(max_examples=400, deadline=None)
    @given(value=values(codec), prefix=st.binary(max_size=3), suffix=st.binary(max_size=3))
    def check(value, prefix, suffix):
        data = encode(value)
        assert decode(prefix + data + suffix, len(prefix)) == (value, len(prefix) + len(data))
    check()


@pytest.mark.parametrize("codec", CODECS)
def test_truncated_encoding_is_a_decode_error(codecs, codec):
    encode, decode = codecs.ENCODERS[codec], codecs.DECODERS[codec]

    @settings(max_examples=200, deadline=None)
    @given(value=values(codec), data=st.data())
    def check(value, data):
        encoded = encode(value)
        cut = data.draw(st.integers(0, len(encoded) - 1))
        with pytest.raises(codecs.DecodeError) as info:
            decode(encoded[:cut], 0)
        assert info.value.offset == 0
        assert isinstance(info.value, ValueError)
    check()


@pytest.mark.parametrize("codec", CODECS)
def test_out_of_range_is_refused(codecs, codec):
    low, high = CODEC_RANGES[codec]
    for value in (low - 1, high + 1):
        with pytest.raises(ValueError):
            codecs.ENCODERS[codec](value)


def test_known_encodings(codecs):
    assert codecs.encode_varint(0) == b"\x00"
    assert codecs.encode_varint(300) == b"\x82\x2c"            # 300 = 2 << 7 | 44
    assert codecs.encode_svarint(63) == b"\x3f"
    assert codecs.encode_svarint(64) == b"\x80\x40"            # 0x40 alone would read as negative
    assert codecs.encode_svarint(-1) == b"\x7f"
    assert codecs.encode_svarint(-65) == b"\xff\x3f"
    assert codecs.encode_u16(0x1234) == b"\x34\x12"
    assert codecs.encode_u16_excess(-1) == b"\xff\x7f"
    assert codecs.encode_byte(200) == b"\xc8"


@settings(max_examples=400, deadline=None)
@given(value=values("svarint"))
def test_svarint_is_what_the_seed_decodes_and_shortest(codecs, value):
    data = codecs.encode_svarint(value)
    assert seed_decode_svarint(data) == value
    if len(data) > 1:           # the leading group is needed: without it the value changes
        assert seed_decode_svarint(data[1:]) != value


def test_varint_longer_than_its_range_is_refused(codecs):
    with pytest.raises(codecs.DecodeError):
        codecs.decode_varint(b"\xff" * 10 + b"\x00", 0)


def test_encode_operand_uses_the_kinds_codec(codecs):
    assert codecs.encode_operand("uint", 300) == codecs.encode_varint(300)
    assert codecs.encode_operand("slabel", -3) == codecs.encode_u16_excess(-3)
    assert codecs.encode_operand("small_int", -65) == codecs.encode_svarint(-65)
    with pytest.raises(ValueError):
        codecs.encode_operand("no_such_kind", 1)
