#!/usr/bin/env python3
"""Write the hostile corpus's byte-exact odd files (BOM, CRLF, NUL, invalid UTF-8, huge lines...).

These are easier to state as bytes in code than to edit by hand, and an editor or a git setting
could silently "fix" them. Run from anywhere: `python3 generate.py`, then `python3 record.py` to
record CPython's behaviour on them. Each file is rewritten only if its bytes changed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    # Nothing at all: CPython runs it and prints nothing.
    'odd_empty': b'',
    # Only spaces, tabs and newlines.
    'odd_whitespace_only': b'   \n\t\n\n  \t  \n',
    # A UTF-8 byte order mark before the first statement.
    'odd_bom': b'\xef\xbb\xbfprint("after a byte order mark")\n',
    # Windows line endings everywhere, also inside a triple-quoted string (CPython reads them as \n).
    'odd_crlf': b'x = 1\r\nif x:\r\n    print("crlf", x)\r\ntext = """a\r\nb"""\r\nprint(repr(text))\r\n',
    # What Notepad writes: BOM and CRLF together.
    'odd_bom_crlf': b'\xef\xbb\xbfdef f():\r\n    return "bom+crlf"\r\n\r\nprint(f())\r\n',
    # Old Mac line endings: a lone CR ends a line too.
    'odd_cr_only': b'x = 2\rprint(x * 21)\r',
    # The last line has no newline.
    'odd_no_final_newline': b'print("first")\nprint("last line without newline")',
    # A block whose body is the last line, with no newline after it.
    'odd_block_no_final_newline': b'for i in range(2):\n    print("loop", i)',
    # A comment as the last line with no newline.
    'odd_comment_no_final_newline': b'print("ok")\n# trailing comment',
    # One 10,000-character line: an expression of 2,498 terms.
    'odd_long_expression_line': b'total = ' + b'1 + ' * 2497 + b'1000\nprint(total)\n',
    # One 10,000-character line: a string literal.
    'odd_long_string_line': b's = "' + b'ab' * 4997 + b'"\nprint(len(s), s[:6], s[-4:])\n',
    # 150 nested parentheses: fine in CPython.
    'odd_nested_parens_150': b'x = ' + b'(' * 150 + b'7' + b')' * 150 + b'\nprint(x)\n',
    # 200 nested brackets: still fine (the limit is 200 open at once).
    'odd_nested_brackets_199': b'x = ' + b'[' * 199 + b'7' + b']' * 199 + b'\nprint(len(x))\n',
    # More than 200 nested parentheses: SyntaxError "too many nested parentheses".
    'odd_nested_parens_201': b'x = ' + b'(' * 201 + b'7' + b')' * 201 + b'\nprint(x)\n',
    'odd_nested_parens_300': b'print("never")\nx = ' + b'(' * 300 + b'7' + b')' * 300 + b'\n',
    # A Latin-1 byte in a string with no encoding declaration: SyntaxError (Non-UTF-8 code).
    'odd_invalid_utf8_in_string': b'print("before")\nprint("caf\xe9")\n',
    # An invalid UTF-8 sequence in a comment counts too.
    'odd_invalid_utf8_in_comment': b'# r\xe9sum\xe9 of the program\nprint("ok")\n',
    # A truncated multi-byte sequence at the very end of the file.
    'odd_truncated_utf8_at_end': b'print("ok")\n# \xe2\x82',
    # NUL bytes in the source: SyntaxError "source code cannot contain null bytes".
    'odd_nul_byte': b'print("a")\x00\nprint("b")\n',
    'odd_nul_in_comment': b'x = 1\n# hidden \x00 byte\nprint(x)\n',
    # A form feed at the start of a line is allowed as whitespace.
    'odd_form_feed': b'print("page 1")\n\x0c\nprint("page 2")\n',
}


def main():
    changed = 0
    for name, data in FILES.items():
        path = os.path.join(HERE, name + '.py')
        if os.path.exists(path):
            with open(path, 'rb') as f:
                if f.read() == data:
                    continue
        with open(path, 'wb') as f:
            f.write(data)
        changed += 1
    print('generated %d files, %d changed' % (len(FILES), changed))


if __name__ == '__main__':
    main()
