# repr() of strings: quote selection, escapes, unicode, and str/repr of containers holding strings
samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", '', ' ', 'a\nb', 'tab\there', 'nul\x00byte',
    'bell\x07', 'esc\x1b[0m', 'del\x7f', 'caf\u00e9', '中文', 'back\\slash', "'", '"', "''\"\"",
    '\r\n', 'emoji \U0001F600', '\x80\x9f', '\xa0nbsp', '\u200b', 'trail\\', "mix 'a' \"b\" \\c",
]
for s in samples:
    print(repr(s), len(s))
print(samples)
print(tuple(samples[:5]))
print({s: len(s) for s in samples[:6]})
print([['nested', "it's"], ('t', 'u"v')])
print(str('x'), repr('x'), repr(repr('x')), repr(str(repr("it's"))))
print(f"{'quoted'!r}", f"{'it' + chr(39) + 's'!r}", '%r' % 'abc', '{!r}'.format('d"e'))
print(str(["a\nb"]), str("a\nb"))
print(repr(1), repr(1.5), repr(None), repr(True), repr([None, False]), repr((1,)), repr(()))
print(repr({}), repr(set()), repr({1, 2}), repr({'a': [1, (2, 3)]}), repr([[], [[]]]))
print(repr('\\n'), repr(r'\n'), repr('\\'), repr('\'\''), repr('"\''))
print(repr('café'), repr('naïve façade'))
for ch in ['\t', '\n', '\r', '\x0b', '\x0c', '\x01', '\x1f', ' ', '~', '\x7f', '\xa0', '\xad', 'ÿ']:
    print(ord(ch), repr(ch))
class Named:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Named({self.name!r})"
print([Named("x"), Named("it's"), Named('q"q')])
print(Named('z'), str(Named('w')))
