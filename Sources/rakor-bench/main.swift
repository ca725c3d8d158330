import RakorCore
print("bench")
