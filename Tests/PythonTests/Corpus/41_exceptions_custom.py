# custom exception classes: hierarchy, extra attributes, __str__, args, repr, catching by base
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"config key {key!r} is {reason}")
        self.key = key
        self.reason = reason


class ValidationError(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(field, value)

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


class RetryableError(AppError):
    attempts = 0


class Quiet(Exception):
    def __init__(self):
        pass


e1 = AppError("plain message")
e2 = ConfigError("lr")
e3 = ValidationError("age", -5)
e4 = AppError()
e5 = AppError("two", "args")
e6 = Quiet()
for e in [e1, e2, e3, e4, e5, e6]:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(e2.key, e2.reason, e3.field, e3.value)
print(isinstance(e2, AppError), isinstance(e2, Exception), isinstance(e3, ValueError), isinstance(e3, AppError))
print(issubclass(ConfigError, AppError), issubclass(ValidationError, Exception), issubclass(AppError, ValueError))
print(ConfigError.__name__, AppError.__name__, type(e3).__name__, e3.__class__.__name__)


def load(config, key):
    if key not in config:
        raise ConfigError(key)
    value = config[key]
    if not isinstance(value, (int, float)):
        raise ConfigError(key, "not numeric")
    if value < 0:
        raise ValidationError(key, value)
    return value


config = {"lr": 0.01, "epochs": "ten", "batch": -32}
for key in ["lr", "epochs", "batch", "momentum"]:
    try:
        print(key, "=", load(config, key))
    except ConfigError as e:
        print("ConfigError caught:", e, "| key attr:", e.key)
    except ValueError as e:
        print("ValueError caught:", e, "| type:", type(e).__name__, "| args:", e.args)

for exc in [ConfigError("x"), ValidationError("f", 1), RetryableError("again"), KeyError("k"), Quiet()]:
    try:
        raise exc
    except AppError as e:
        print("AppError family:", type(e).__name__, e)
    except Exception as e:
        print("other Exception:", type(e).__name__, repr(e))


def risky(n):
    if n % 3 == 0:
        raise RetryableError(f"transient failure on {n}")
    return n * 10


results = []
for n in range(1, 8):
    try:
        results.append(risky(n))
    except RetryableError as e:
        RetryableError.attempts += 1
        results.append(str(e))
print(results, RetryableError.attempts)


class DetailedError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[E{self.code:03d}] {self.args[0]}"

    def __repr__(self):
        return f"DetailedError(code={self.code})"


try:
    raise DetailedError(7, "disk full")
except DetailedError as e:
    print(e, "|", repr(e), "|", e.args, "|", e.code, "|", [e])

try:
    try:
        raise ValidationError("name", "")
    except ValueError as inner:
        raise AppError("wrapped") from inner
except AppError as outer:
    print(outer, "<-", outer.__cause__, "|", type(outer.__cause__).__name__)

raised = []
for cls in [AppError, ConfigError, ValidationError, RuntimeError, NotImplementedError, StopIteration]:
    try:
        if cls is ConfigError:
            raise cls("key")
        if cls is ValidationError:
            raise cls("field", None)
        raise cls("msg")
    except Exception as e:
        raised.append(f"{type(e).__name__}:{e}")
print(raised)
print(str(Exception("a", 1)), repr(Exception("a", 1)), str(Exception()), repr(Exception()), repr(ValueError("it's")))
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError(1)), str(IndexError()), str(ValueError(42)))
err = ValueError("mutable")
err.extra = "attached"
print(err.extra, err.args)


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount
        self.shortfall = amount - balance


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"amount must be positive: {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amount in [30, 80, -5, 70, 0]:
    try:
        print(f"withdraw {amount}: balance now {acct.withdraw(amount)}")
    except InsufficientFunds as e:
        print(f"withdraw {amount}: {e} (short by {e.shortfall})")
    except ValueError as e:
        print(f"withdraw {amount}: ValueError: {e}")
    finally:
        print(f"  [audit] {acct.owner} balance={acct.balance}")
