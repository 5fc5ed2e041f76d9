# Russian and Dutch variable names from the tutorials, with comments in both languages
import numpy as np

# Основные операции NumPy
вектор = np.array([1, 2, 3])
матрица = np.arange(6).reshape(2, 3)
сумма = вектор + матрица          # трансляция (broadcasting)
среднее = матрица.mean(axis=0)
print(сумма, среднее, сумма.shape)
def нормализовать(массив):
    return (массив - массив.mean()) / массив.std()
норм = нормализовать(матрица.astype(float))
print(норм.round(3))
# Nederlands: gewichten en invoer
invoer = np.ones((4, 3))
gewichten = np.full((3, 2), 0.5)
uitvoer = invoer @ gewichten
gemiddelde_waarde = uitvoer.mean()
print(f"uitvoer: {uitvoer.shape}, gemiddelde: {gemiddelde_waarde}")
größe = uitvoer.size; café = "☕"
print(größe, café, len("ñandú"))
λ = 0.01
θ = np.zeros(3)
θ -= λ * вектор
print(θ, θ.dtype)
