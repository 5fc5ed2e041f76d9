# Sandbox escape: subprocess
import subprocess
print(subprocess.check_output(["id"]))
