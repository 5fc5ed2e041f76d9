# Python strings mixed with numpy results
import numpy as np

names = ["alice", "bob", "carol"]
scores = np.array([88.5, 92.25, 79.0])
for name, s in zip(names, scores):
    print(f"{name.title():<8}{s:>8.2f}")
best = names[int(np.argmax(scores))]
print("best:", best.upper())
report = ", ".join(f"{n}={s:.1f}" for n, s in zip(names, scores))
print(report)
print("mean %.2f, max %s" % (scores.mean(), scores.max()))
print(sorted(zip(scores.tolist(), names), reverse=True))
line = "-" * 20
print(line)
print(str(scores), len(str(scores)))
