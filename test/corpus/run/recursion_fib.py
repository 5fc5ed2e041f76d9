def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
memo = {}
def fib2(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib2(n - 1) + fib2(n - 2)
    memo[n] = r
    return r
print(fib2(90))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])))
