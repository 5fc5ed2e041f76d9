# Sandbox escape: running a shell command
import os
os.system("echo PWNED > /tmp/shapewise_qa_pwned")
print(os.listdir("/"))
