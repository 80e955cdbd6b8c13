"""Cached pages gzipped per visitor: the joined file must decode, as a browser decodes it, to the exact page."""

import gzip
import zlib

from hypothesis import given
from hypothesis import strategies as st

from articles.page_gzip import deflate_pieces, gzip_page

pieces_and_values = st.integers(min_value=0, max_value=4).flatmap(
    lambda holes: st.tuples(
        st.lists(st.binary(max_size=3000), min_size=holes + 1, max_size=holes + 1),
        st.lists(st.binary(max_size=200), min_size=holes, max_size=holes),
    )
)


def plain(pieces, values):
    out = [pieces[0]]
    for value, piece in zip(values, pieces[1:], strict=True):
        out += (value, piece)
    return b"".join(out)


@given(pieces_and_values)
def test_the_joined_file_decodes_to_the_page_with_the_visitors_values(case):
    pieces, values = case
    data = gzip_page(pieces, deflate_pieces(pieces), values)
    assert gzip.decompress(data) == plain(pieces, values)
    # As browsers and zlib-based clients read it: one gzip member, nothing left over.
    decoder = zlib.decompressobj(wbits=31)
    assert decoder.decompress(data) + decoder.flush() == plain(pieces, values)
    assert decoder.eof and decoder.unused_data == b""


def test_a_hole_longer_than_one_stored_block_and_a_page_of_repeated_html():
    html = b'<li class="comment"><p>Same words again and again.</p></li>\n' * 4000
    pieces = [html, html, b""]
    values = [b"n" * 70000, b"token"]
    data = gzip_page(pieces, deflate_pieces(pieces), values)
    assert gzip.decompress(data) == plain(pieces, values)
    assert len(data) < len(plain(pieces, values)) // 2


def test_the_visitors_values_are_stored_uncompressed():
    # BREACH needs a secret compressed together with attacker-chosen text; the holes are never compressed.
    secret = b"s3cr3t-nonce-value-0123456789"
    pieces = [b"<p>before</p>" * 50, b"<p>after</p>" * 50]
    assert secret in gzip_page(pieces, deflate_pieces(pieces), [secret])
