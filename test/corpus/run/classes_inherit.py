class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def __str__(self):
        return f'<{type(self).__name__} {self.name}>'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
d = Dog('Rex', 'lab')
print(d.speak(), d, str(d), isinstance(d, Animal), issubclass(Dog, Animal), d.breed)
class Base:
    def hello(self):
        return 'base'
class Mixin:
    def hello(self):
        return 'mixin+' + super().hello()
class Both(Mixin, Base):
    pass
print(Both().hello())
