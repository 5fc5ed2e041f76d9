# A loop that would run for ages
total = 0
for i in range(10 ** 12):
    total += i
print(total)
