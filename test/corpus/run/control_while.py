n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print('not printed')
print(i)
k = 3
while k:
    k -= 1
else:
    print('while else', k)
