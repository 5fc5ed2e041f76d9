class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()
class B(A):
    def who(self):
        return 'B'
class C(B):
    def hello(self):
        return super().hello() + '!'
print(A().hello(), B().hello(), C().hello(), [cls.__name__ for cls in (A, B, C)], isinstance(C(), A))
