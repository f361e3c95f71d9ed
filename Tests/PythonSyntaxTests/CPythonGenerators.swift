/// The Python 3.11 scripts that generated CPythonASTCases.swift and CPythonErrorCases.swift.
/// To regenerate: save each section below under /tmp/gen/ and run them with CPython 3.11.
/// gen_err_tests.py read its sources from /tmp/pyerr/c1.txt ... c5.txt, Python lists of the
/// sources that CPythonErrorCases.swift now lists (minus the KNOWN differences).
/// Kept here as a comment so the expectations stay traceable to the real CPython.
/*
# ==== pydump.py ====
import ast, sys
OPS = {ast.Add:'Add',ast.Sub:'Sub',ast.Mult:'Mult',ast.MatMult:'MatMult',ast.Div:'Div',ast.FloorDiv:'FloorDiv',ast.Mod:'Mod',ast.Pow:'Pow',ast.LShift:'LShift',ast.RShift:'RShift',ast.BitAnd:'BitAnd',ast.BitOr:'BitOr',ast.BitXor:'BitXor'}
CMP = {ast.Eq:'Eq',ast.NotEq:'NotEq',ast.Lt:'Lt',ast.LtE:'LtE',ast.Gt:'Gt',ast.GtE:'GtE',ast.Is:'Is',ast.IsNot:'IsNot',ast.In:'In',ast.NotIn:'NotIn'}
UN = {ast.Not:'Not',ast.USub:'USub',ast.UAdd:'UAdd',ast.Invert:'Invert'}
def srepr(s):
    out="'"
    for ch in s:
        o=ord(ch)
        if ch=='\\': out+='\\\\'
        elif ch=="'": out+="\\'"
        elif ch=='\n': out+='\\n'
        elif ch=='\t': out+='\\t'
        elif ch=='\r': out+='\\r'
        elif o<0x20 or o==0x7f: out+='\\x%02x'%o
        else: out+=ch
    return out+"'"
def swiftfloat(d):
    r = repr(d)
    if r == 'inf': return 'inf'
    if 'e' in r:
        m,e = r.split('e')
        if '.' not in m: m = m + '.0'
        sign = e[0] if e[0] in '+-' else '+'
        digits = e.lstrip('+-')
        if len(digits) < 2: digits = '0'+digits
        return m+'e'+sign+digits
    return r
def const(v):
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if v is Ellipsis: return 'Ellipsis'
    if isinstance(v,int): return str(v)
    if isinstance(v,float): return repr(v)
    if isinstance(v,complex): return swiftfloat(v.imag)+'j'
    if isinstance(v,str): return srepr(v)
    if isinstance(v,bytes):
        out="b'"
        for x in v:
            if 0x20<=x<0x7f and x not in (0x27,0x5c): out+=chr(x)
            else: out+='\\x%02x'%x
        return out+"'"
    raise Exception(v)
class D:
    def __init__(self, ranges): self.ranges=ranges
    def r(self,n):
        if not self.ranges: return ''
        return '@%d:%d-%d:%d'%(n.lineno,n.col_offset+1,n.end_lineno,n.end_col_offset+1)
    def L(self,xs): return '['+', '.join(self.e(x) for x in xs)+']'
    def O(self,x): return 'None' if x is None else self.e(x)
    def body(self,xs): return '['+', '.join(self.s(x) for x in xs)+']'
    def param(self,a,d=None):
        out=a.arg
        if a.annotation: out+=':'+self.e(a.annotation)
        if d is not None: out+='='+self.e(d)
        return out
    def args(self,a):
        items=[]
        pos=a.posonlyargs+a.args
        defs=[None]*(len(pos)-len(a.defaults))+list(a.defaults)
        po=[self.param(x,d) for x,d in zip(pos,defs)]
        if a.posonlyargs: items.append('posonly=['+', '.join(po[:len(a.posonlyargs)])+']')
        if a.args: items.append('args=['+', '.join(po[len(a.posonlyargs):])+']')
        if a.vararg: items.append('vararg='+self.param(a.vararg))
        if a.kwonlyargs: items.append('kwonly=['+', '.join(self.param(x,d) for x,d in zip(a.kwonlyargs,a.kw_defaults))+']')
        if a.kwarg: items.append('kwarg='+self.param(a.kwarg))
        return 'arguments('+', '.join(items)+')'
    def callargs(self,args,kws):
        items=[(x.lineno,x.col_offset,('*'+self.e(x.value)) if isinstance(x,ast.Starred) else self.e(x)) for x in args]
        items+=[(k.lineno,k.col_offset,(k.arg+'='+self.e(k.value)) if k.arg else '**'+self.e(k.value)) for k in kws]
        items.sort(key=lambda t:(t[0],t[1]))
        return '['+', '.join(t[2] for t in items)+']'
    def comps(self,cs): return '['+', '.join('comprehension(%s, %s, %s)'%(self.e(c.target),self.e(c.iter),self.L(c.ifs)) for c in cs)+']'
    def fparts(self,vals):
        out=[]
        for v in vals:
            if isinstance(v,ast.Constant): out.append(srepr(v.value))
            else:
                s='FormattedValue('+self.e(v.value)
                if v.conversion!=-1: s+=', conv='+chr(v.conversion)
                if v.format_spec is not None: s+=', spec='+self.fparts(v.format_spec.values)
                out.append(s+')')
        return '['+', '.join(out)+']'
    def e(self,n): return self.e1(n)+self.r(n)
    def e1(self,n):
        t=type(n)
        if t is ast.Name: return 'Name(%s)'%n.id
        if t is ast.Constant: return 'Constant(%s)'%const(n.value)
        if t is ast.JoinedStr: return 'JoinedStr(%s)'%self.fparts(n.values)
        if t is ast.Tuple: return 'Tuple(%s)'%self.L(n.elts)
        if t is ast.List: return 'List(%s)'%self.L(n.elts)
        if t is ast.Set: return 'Set(%s)'%self.L(n.elts)
        if t is ast.Dict: return 'Dict([%s])'%', '.join(('%s: %s'%(self.e(k),self.e(v))) if k is not None else '**'+self.e(v) for k,v in zip(n.keys,n.values))
        if t is ast.Starred: return 'Starred(%s)'%self.e(n.value)
        if t is ast.Attribute: return 'Attribute(%s, %s)'%(self.e(n.value),n.attr)
        if t is ast.Subscript: return 'Subscript(%s, %s)'%(self.e(n.value),self.e(n.slice))
        if t is ast.Slice: return 'Slice(%s, %s, %s)'%(self.O(n.lower),self.O(n.upper),self.O(n.step))
        if t is ast.Call: return 'Call(%s, %s)'%(self.e(n.func),self.callargs(n.args,n.keywords))
        if t is ast.UnaryOp: return 'UnaryOp(%s, %s)'%(UN[type(n.op)],self.e(n.operand))
        if t is ast.BinOp: return 'BinOp(%s, %s, %s)'%(self.e(n.left),OPS[type(n.op)],self.e(n.right))
        if t is ast.BoolOp: return 'BoolOp(%s, %s)'%('And' if isinstance(n.op,ast.And) else 'Or',self.L(n.values))
        if t is ast.Compare: return 'Compare(%s, [%s], %s)'%(self.e(n.left),', '.join(CMP[type(o)] for o in n.ops),self.L(n.comparators))
        if t is ast.IfExp: return 'IfExp(%s, %s, %s)'%(self.e(n.test),self.e(n.body),self.e(n.orelse))
        if t is ast.Lambda: return 'Lambda(%s, %s)'%(self.args(n.args),self.e(n.body))
        if t is ast.ListComp: return 'ListComp(%s, %s)'%(self.e(n.elt),self.comps(n.generators))
        if t is ast.SetComp: return 'SetComp(%s, %s)'%(self.e(n.elt),self.comps(n.generators))
        if t is ast.DictComp: return 'DictComp(%s, %s, %s)'%(self.e(n.key),self.e(n.value),self.comps(n.generators))
        if t is ast.GeneratorExp: return 'GeneratorExp(%s, %s)'%(self.e(n.elt),self.comps(n.generators))
        if t is ast.Yield: return 'Yield(%s)'%self.O(n.value)
        if t is ast.YieldFrom: return 'YieldFrom(%s)'%self.e(n.value)
        if t is ast.NamedExpr: return 'NamedExpr(%s, %s)'%(n.target.id,self.e(n.value))
        raise Exception(t)
    def s(self,n): return self.s1(n)+self.r(n)
    def s1(self,n):
        t=type(n)
        if t is ast.Expr: return 'Expr(%s)'%self.e(n.value)
        if t is ast.Assign: return 'Assign(%s, %s)'%(self.L(n.targets),self.e(n.value))
        if t is ast.AugAssign: return 'AugAssign(%s, %s, %s)'%(self.e(n.target),OPS[type(n.op)],self.e(n.value))
        if t is ast.AnnAssign: return 'AnnAssign(%s, %s, %s)'%(self.e(n.target),self.e(n.annotation),self.O(n.value))
        if t is ast.FunctionDef:
            out='FunctionDef(%s, %s, %s'%(n.name,self.args(n.args),self.body(n.body))
            if n.decorator_list: out+=', decorators='+self.L(n.decorator_list)
            if n.returns: out+=', returns='+self.e(n.returns)
            return out+')'
        if t is ast.ClassDef:
            out='ClassDef(%s, %s, %s'%(n.name,self.callargs(n.bases,n.keywords),self.body(n.body))
            if n.decorator_list: out+=', decorators='+self.L(n.decorator_list)
            return out+')'
        if t is ast.Return: return 'Return(%s)'%self.O(n.value)
        if t is ast.Delete: return 'Delete(%s)'%self.L(n.targets)
        if t is ast.If: return 'If(%s, %s, %s)'%(self.e(n.test),self.body(n.body),self.body(n.orelse))
        if t is ast.For: return 'For(%s, %s, %s, %s)'%(self.e(n.target),self.e(n.iter),self.body(n.body),self.body(n.orelse))
        if t is ast.While: return 'While(%s, %s, %s)'%(self.e(n.test),self.body(n.body),self.body(n.orelse))
        if t is ast.With: return 'With([%s], %s)'%(', '.join('withitem(%s%s)'%(self.e(i.context_expr),(', '+self.e(i.optional_vars)) if i.optional_vars else '') for i in n.items),self.body(n.body))
        if t is ast.Raise: return 'Raise(%s, %s)'%(self.O(n.exc),self.O(n.cause))
        if t is ast.Try: return 'Try(%s, [%s], %s, %s)'%(self.body(n.body),', '.join('ExceptHandler(%s, %s, %s)'%(self.O(h.type),h.name or 'None',self.body(h.body)) for h in n.handlers),self.body(n.orelse),self.body(n.finalbody))
        if t is ast.Assert: return 'Assert(%s, %s)'%(self.e(n.test),self.O(n.msg))
        al=lambda a: a.name+(' as '+a.asname if a.asname else '')
        if t is ast.Import: return 'Import([%s])'%', '.join(al(a) for a in n.names)
        if t is ast.ImportFrom: return 'ImportFrom(%s, [%s], %d)'%(n.module or 'None',', '.join(al(a) for a in n.names),n.level)
        if t is ast.Global: return 'Global([%s])'%', '.join(n.names)
        if t is ast.Nonlocal: return 'Nonlocal([%s])'%', '.join(n.names)
        if t is ast.Pass: return 'Pass'
        if t is ast.Break: return 'Break'
        if t is ast.Continue: return 'Continue'
        raise Exception(t)
def dump_module(src, ranges):
    m=ast.parse(src)
    return 'Module(['+', '.join(D(ranges).s(x) for x in m.body)+'])'

# ==== gen_ast_tests.py ====
import sys
sys.path.insert(0,'/tmp/gen')
from pydump import dump_module
from cases_ast import CASES
def swift_str(s):
    out='"'
    for ch in s:
        if ch=='\\': out+='\\\\'
        elif ch=='"': out+='\\"'
        elif ch=='\n': out+='\\n'
        elif ch=='\r': out+='\\r'
        elif ch=='\t': out+='\\t'
        else: out+=ch
    return out+'"'
lines=['// Generated by /tmp/gen/gen_ast_tests.py from CPython 3.11\'s ast module: expected AST shapes and',
       '// source ranges (1-based columns, end exclusive) for each snippet.','',
       'struct ASTCase: Sendable, CustomStringConvertible {','    let source: String','    let expected: String',
       '    var description: String { source }','}','','let cpythonASTCases: [ASTCase] = [']
for c in CASES:
    d = dump_module(c, c.isascii())  # CPython counts columns in UTF-8 bytes
    lines.append('    ASTCase(source: %s,\n            expected: %s),' % (swift_str(c), swift_str(d)))
lines.append(']')
open('/work/main/Tests/PythonSyntaxTests/CPythonASTCases.swift','w').write('\n'.join(lines)+'\n')
print(len(CASES))

# ==== cases_ast.py ====
CASES = [
# expressions / precedence
"x = 1 + 2 * 3\n", "x = (1 + 2) * 3\n", "-2 ** 2\n", "2 ** -1\n", "a ** b ** c\n", "a - b - c\n",
"a // b % c @ d / e\n", "a << 1 >> 2\n", "a | b ^ c & d\n", "~a + +b - -c\n",
"not a and b or c\n", "a or b or c\n", "a and (b or c)\n", "not not a\n",
"a < b <= c == d != e > f >= g\n", "a in b\n", "a not in b\n", "a is b\n", "a is not b\n",
"x if c else y\n", "a if b else c if d else e\n", "lambda: 0\n", "lambda x, y=1, *a, k, m=2, **kw: x\n",
"lambda x, /, y: x\n", "lambda *, k: k\n", "f = lambda x: (yield)\n",
"f()\n", "f(1, 2)\n", "f(a, *b, c=1, **d)\n", "f(x for x in y)\n", "f(*a, *b)\n", "f(a)(b)(c)\n",
"f(a=1, *b)\n", "f(**a, b=1)\n", "f(a,)\n",
"a.b.c\n", "a[1]\n", "a[1:2]\n", "a[::2]\n", "a[:, 0]\n", "a[...]\n", "a[None, :]\n", "a[1:2, ::3, ...]\n",
"a[:]\n", "a[x:=1]\n", "a[b][c]\n", "a[1,]\n", "a[*b]\n", "a[1:2:3]\n",
"()\n", "(x,)\n", "(1, 2)\n", "1, 2\n", "x = 1,\n", "[]\n", "[1, 2, 3]\n", "[*a, b]\n", "{}\n", "{1: 2, 3: 4}\n",
"{**a, 'b': 1}\n", "{1, 2}\n", "{*a}\n", "(x)\n", "((x))\n",
"[x for x in y]\n", "[x for x in y if x if z for w in x]\n", "{x for x in y}\n", "{k: v for k, v in d.items()}\n",
"(x for x in y)\n", "[(a, b) for a, b in c]\n", "[x for (a, b), c in d]\n",
"(y := 10)\n", "if (n := len(a)) > 10: pass\n", "[y := 1, y ** 2]\n",
"def f():\n    yield\n", "def f():\n    yield 1, 2\n", "def f():\n    x = yield from g()\n",
"True, False, None, ...\n", "1_000\n", "0x_ff\n", "0o17\n", "0b1010\n", "1.5\n", ".5\n", "5.\n", "1e-5\n", "1E+3\n",
"1_0.5\n", "2j\n", "1.5j\n", "1e3j\n", "0\n", "00\n", "0.0\n", "9223372036854775807\n", "9223372036854775808\n",
"0xffffffffffffffffffff\n", "0b" + "1"*70 + "\n", "0o777777777777777777777777\n", "123456789012345678901234567890\n",
"'abc'\n", '"abc"\n', "'''a\nb'''\n", '"""x"""\n', "'a' 'b'\n", "'a' \"b\" '''c'''\n", "r'\\n\\d'\n", "R'x'\n",
"b'abc'\n", "B'\\x00\\xff'\n", "rb'\\n'\n", "Br'\\n'\n", "u'x'\n", "'\\n\\t\\r\\\\\\'\\\"'\n", "'\\a\\b\\f\\v\\0'\n",
"'\\101\\7\\777'\n", "'\\x41\\u00e9\\U0001F600'\n", "'\\d\\w'\n", "'a\\\nb'\n", "'\\N{BULLET}'\n", "'\\N{GREEK SMALL LETTER ALPHA}'\n",
"'é€😀'\n",
"f'{x}'\n", "f'a{x}b{y}c'\n", "f'{x!r}'\n", "f'{x!s}'\n", "f'{x!a}'\n", "f'{x:>10}'\n", "f'{x:{width}.{prec}f}'\n",
"f'{x:>{w}}'\n", "f'{{}}'\n", "f'{{x}}'\n", "f'{d[\"k\"]}'\n", "f\"{d['k']}\"\n", "f'{a if b else c}'\n",
"f'{(lambda: 1)()}'\n", "f'{x:}'\n", "'a' f'{b}' 'c'\n", "f'' 'x'\n", "F'{x}'\n", "rf'\\n{x}'\n", "fR'{x}\\d'\n",
"f'{x, y}'\n", "f'{a!r:^5}'\n", "f'{3.14:.2f}'\n", "f'''{\nx\n}'''\n", "f'{x}' f'{y}'\n", "f'\\n{x}\\t'\n",
"f'{a != b}'\n", "f'{a >= b}'\n", "f'{a == b}'\n", "f'{\"a\" + \"b\"}'\n", "f'{x:{y}}'\n", "f'{f\"{x}\"}'\n",
# statements
"x = 1\n", "a = b = 1\n", "a, b = 1, 2\n", "a, *b = x\n", "(a, b), c = x\n", "[a, b] = x\n", "a[0] = 1\n", "a.b = 1\n",
"x += 1\n", "x -= 1\nx *= 1\nx /= 1\nx //= 1\nx %= 1\nx **= 1\nx @= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\n",
"a.b += 1\n", "a[0] += 1\n", "x: int\n", "x: int = 1\n", "a.b: int = 3\n", "(x): int = 1\n",
"del x\n", "del x, y\n", "del (x, y), [z]\n", "del a[0], a.b\n", "pass\n",
"while x:\n    break\n", "while x:\n    continue\nelse:\n    pass\n",
"def f():\n    return\n", "def f():\n    return 1, 2\n", "raise\n", "raise E\n", "raise E from e\n",
"def f():\n    global a, b\n    nonlocal c\n", "assert x\n", "assert x, 'msg'\n",
"import a\n", "import a.b.c\n", "import a.b as c, d\n", "from a.b import c as d, e\n", "from a import (b, c,)\n",
"from . import x\n", "from .. import x\n", "from .a import b\n", "from ...a import b\n", "from .... import x\n", "from a import *\n",
"if a:\n    pass\n", "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n", "if a:\n    pass\nelse:\n    pass\n",
"for i in x:\n    pass\n", "for i, (a, b) in x:\n    pass\nelse:\n    y\n", "for x, in y:\n    pass\n", "for *a, b in c:\n    pass\n",
"try:\n    a\nexcept E:\n    b\n", "try:\n    a\nexcept (A, B) as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
"try:\n    a\nfinally:\n    b\n",
"with a:\n    pass\n", "with a as b, c as d:\n    pass\n", "with (a as b, c):\n    pass\n", "with (a, b):\n    pass\n",
"with (a) as b:\n    pass\n", "with (a as b,):\n    pass\n", "with a as (b, c):\n    pass\n", "with open(f) as x, y:\n    pass\n",
"def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):\n    pass\n", "def f(a: int, *, b: str = 'x') -> bool:\n    pass\n",
"def f(*, a):\n    pass\n", "def f(a, /):\n    pass\n", "def f(a=1, /, b=2):\n    pass\n", "def f(*a: int, **k: str): pass\n",
"@dec\ndef f():\n    pass\n", "@a.b(c)\n@d\ndef f(): pass\n", "@x[0]\nclass C: pass\n",
"class C:\n    pass\n", "class C(A, B, metaclass=M):\n    x = 1\n", "class C():\n    pass\n", "class C(*a, **k): pass\n",
"if x: y; z\n", "x = 1; y = 2;\n", "while 1: pass\n", "for x in y: a; b\n",
"x = (1 +\n     2)\n", "x = [\n  1,\n  2,\n]\n", "x = 1 + \\\n    2\n", "if x:\n\n    # comment\n    y\n\n# c\nz\n",
"if a:\n    if b:\n        c\n    d\ne\n", "if a:\n\tb\n", "if a:\n        b\n", "class C:\n    def f(self):\n        return self.x\n",
"x = 1  # comment\n", "x = 1\r\ny = 2\r\n", "x = 1", "αβ = 1\n", "名前 = 'x'\n", "_x1 = __y\n",
"print(1+1)\n", "a @ b\n", "x = -1\n", "x = 1if y else 2\n", "x = [1,2][0]\n",
"x = yield\n" if False else "def g():\n    x = yield\n",
"not a == b\n", "a if b else lambda: c\n", "lambda: (x := 1)\n", "f(a)[b].c(d)\n", "x[a, b:c]\n",
"print(*args, sep='')\n", "print(f'{x=}')\n" if False else "print(x)\n",
]

# ==== gen_err_tests.py ====
import sys, warnings
warnings.simplefilter('ignore')
sys.path.insert(0,'/tmp/gen')
from gen_ast_tests import swift_str
srcs = []
for f in ['c1.txt','c2.txt','c3.txt','c4.txt','c5.txt']:
    try: srcs += eval(open('/tmp/pyerr/'+f).read())
    except FileNotFoundError: pass
KNOWN = {"def f():\n    nonlocal x\n", "def f():\n    def g():\n        nonlocal x\n", "[a := 1 for a in b]\n", "await x\n"}
seen=set(KNOWN); out=[]
for s in srcs:
    if s in seen: continue
    seen.add(s)
    try:
        compile(s,'f.py','exec'); continue
    except SyntaxError as e:
        lines = s.replace('\r\n','\n').split('\n')
        ln = e.lineno
        L = len(lines[ln-1]) if 0 < ln <= len(lines) else 0
        col = min(e.offset, L+1)
        end = e.end_offset if e.end_offset is not None else -1
        if e.end_lineno is not None and e.end_lineno != ln:
            end = L+1 if e.end_lineno > ln else col+1
        elif end <= col:
            end = col+1
        else:
            end = min(end, L+1)
            if end <= col: end = col+1
        out.append((s, type(e).__name__, e.msg, ln, col, end))
lines=['// Generated by /tmp/gen/gen_err_tests.py: CPython 3.11\'s SyntaxError for each source, with',
       '// end_offset normalised as SyntaxError.endColumn documents (column + 1 for a single caret).','',
       'struct ErrCase: Sendable, CustomStringConvertible {','    let source: String','    let kind: String','    let message: String',
       '    let line: Int','    let column: Int','    let endColumn: Int','    var description: String { source }','}','',
       'let cpythonErrorCases: [ErrCase] = [']
for (s,k,m,l,c,e) in out:
    lines.append('    ErrCase(source: %s, kind: "%s",\n            message: %s, line: %d, column: %d, endColumn: %d),'%(swift_str(s),k,swift_str(m),l,c,e))
lines.append(']')
open('/work/main/Tests/PythonSyntaxTests/CPythonErrorCases.swift','w').write('\n'.join(lines)+'\n')
print(len(out))

*/
