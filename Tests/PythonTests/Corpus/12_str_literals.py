# string literal forms: quotes, triple quotes, raw strings, escapes, implicit concatenation
a = 'single'
b = "double"
c = '''triple single
spanning lines'''
d = """triple double with 'single' and "double" quotes"""
e = r'raw \n stays \t as-is \\'
f = R"C:\path\to\file"
g = 'escapes:\ttab\\backslash\'quote\"dq'
h = "\x41\x42\x43 \u00e9\u00e8 \101\102 \60end"
i = 'line1\nline2\n\nline3'
j = ("implicit " "concatenation "
     'across lines')
k = ''
l = """"""
m = 'it\'s'
n = "say \"hi\""
o = '''a 'b' "c" \'\'\' d'''
p = """first
    indented second
\tthird with tab"""
q = 'backslash-newline \
continues'
r = 'not raw'
s = r'\d+\.\d*'
t = '\u4e2d\u6587 \U0001F600'
for name, value in [('a', a), ('b', b), ('c', c), ('d', d), ('e', e), ('f', f), ('g', g),
                    ('h', h), ('i', i), ('j', j), ('k', k), ('l', l), ('m', m), ('n', n),
                    ('o', o), ('p', p), ('q', q), ('r', r), ('s', s), ('t', t)]:
    print(name, len(value), value)
    print(name, repr(value))
print(len('\n'), len(r'\n'), len('\\'), len(r'\\'), len('\x00'), len('\u00e9'), len('é'))
print('\x41' == 'A', '\u0041' == 'A', '\101' == 'A', 'é' == '\u00e9', '\t' == '\x09')
print('tab:[\t] newline:[\n] cr-free bell-free')
print("a" + 'b' + """c""" + '''d''' + r'e')
print('x' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, '-' * 20)
print('=' * 10 + ' title ' + '=' * 10)
multi = """\
no leading newline here
and the last line\
"""
print(repr(multi))
print(r'raw ending with quote \'', r"raw \" inner")
print(len(r'\'') , r'\'')
print(f'{a}-{b}', F"{c!r}", rf'\t{a}', fr"\n{b}")
print(str(12), str(-3.5), str(True), str(None), str([1, 'a']), str(('x',)), str({'k': 'v'}))
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('中'))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(20013), repr(chr(0)), repr(chr(127)))
print([chr(c) for c in range(ord('a'), ord('a') + 26, 5)])
print(''.join(chr(ord(ch) + 1) for ch in 'HAL'))
