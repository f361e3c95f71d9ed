# a training-config dict printed as formatted tables; merging, validation, summaries
DEFAULTS = {
    "model": "mlp",
    "hidden_units": [128, 64],
    "activation": "relu",
    "learning_rate": 0.001,
    "batch_size": 32,
    "epochs": 10,
    "dropout": 0.0,
    "optimizer": {"name": "adam", "beta1": 0.9, "beta2": 0.999, "eps": 1e-07},
    "seed": None,
    "use_bias": True,
}
overrides = {"learning_rate": 3e-4, "epochs": 25, "dropout": 0.25, "optimizer": {"name": "sgd", "momentum": 0.9}, "seed": 42}


def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


config = merge(DEFAULTS, overrides)
print(config)
print()
key_w = max(len(k) for k in config)
print(f"{'key':<{key_w}} | {'type':<8} | value")
print("-" * key_w + "-+-" + "-" * 8 + "-+-" + "-" * 30)
for key, value in config.items():
    print(f"{key:<{key_w}} | {type(value).__name__:<8} | {value!r}")
print()


def flatten(d, prefix=""):
    items = []
    for k, v in d.items():
        name = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.extend(flatten(v, name))
        else:
            items.append((name, v))
    return items


flat = flatten(config)
print(f"{len(flat)} flattened settings:")
for name, value in sorted(flat):
    changed = "*" if name.split(".")[0] in overrides else " "
    if isinstance(value, float):
        shown = f"{value:.3e}" if value and (abs(value) < 1e-3) else f"{value:.4f}"
    elif isinstance(value, bool):
        shown = "yes" if value else "no"
    elif value is None:
        shown = "-"
    else:
        shown = str(value)
    print(f" {changed} {name:<22}{shown:>14}")
print()

errors = []
if not 0 < config["learning_rate"] < 1:
    errors.append("learning_rate out of range")
if not 0 <= config["dropout"] < 1:
    errors.append("dropout out of range")
if config["batch_size"] & (config["batch_size"] - 1):
    errors.append("batch_size should be a power of two")
if config["optimizer"]["name"] not in ("adam", "sgd", "rmsprop"):
    errors.append("unknown optimizer")
print("validation:", errors or "ok")

layers = [784] + config["hidden_units"] + [10]
print(f"{'layer':<8}{'in':>6}{'out':>6}{'weights':>10}{'biases':>8}{'params':>10}")
total = 0
for i, (n_in, n_out) in enumerate(zip(layers, layers[1:]), start=1):
    weights = n_in * n_out
    biases = n_out if config["use_bias"] else 0
    total += weights + biases
    print(f"{'dense_' + str(i):<8}{n_in:>6}{n_out:>6}{weights:>10,}{biases:>8}{weights + biases:>10,}")
print(f"{'total':<8}{'':>6}{'':>6}{'':>10}{'':>8}{total:>10,}")
print(f"approx size: {total * 4 / 1024:.1f} KiB ({total * 4 / 1024 / 1024:.3f} MiB) as float32")
print()

steps_per_epoch = -(-60000 // config["batch_size"])
print(f"steps/epoch = {steps_per_epoch}, total steps = {steps_per_epoch * config['epochs']:,}")
schedule = []
lr = config["learning_rate"]
for epoch in range(1, config["epochs"] + 1):
    if epoch % 10 == 0:
        lr *= 0.5
    schedule.append(lr)
print("lr schedule (every 5th):", [f"{v:.2e}" for v in schedule[::5]])
print("unique lrs:", sorted(set(schedule), reverse=True))
metrics = {"loss": [2.3026, 0.9123, 0.4511, 0.3012], "accuracy": [0.1012, 0.7245, 0.8733, 0.9121]}
print(f"{'epoch':>5} " + " ".join(f"{m:>10}" for m in metrics))
for i in range(len(metrics["loss"])):
    print(f"{i + 1:>5} " + " ".join(f"{metrics[m][i]:>10.4f}" for m in metrics))
best = max(range(len(metrics["accuracy"])), key=lambda i: metrics["accuracy"][i])
print(f"best epoch {best + 1}: accuracy {metrics['accuracy'][best]:.2%}, loss {metrics['loss'][best]:.3f}")
diff = {k: (DEFAULTS.get(k), config[k]) for k in config if DEFAULTS.get(k) != config[k]}
for k, (old, new) in diff.items():
    print(f"changed {k}: {old!r} -> {new!r}")
