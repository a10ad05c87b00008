# 店铺数据的安全：损坏或缺失的数据文件、检查、重建、备份与恢复。
# 这里的每个 id 和 $参数 都与其他语言的 upkeep.ftl 一致。

## 店铺数据文件

store-error-damaged = 店铺数据文件已损坏（{ $detail }）；文件未作任何改动。请运行 `frontdesk store check` 查看哪些内容可读，然后恢复最新的完好备份（`frontdesk restore --from 文件`），或从操作日志重建新的店铺数据（`frontdesk store rebuild --to 新文件`）
store-error-missing = { $path } 处没有店铺数据；请检查 --store 路径（会写入的命令，如 `frontdesk member add`，才会新建店铺数据）
store-error-not-a-store = { $path } 不是 frontdesk 店铺数据（文件为空或是别的内容）；请检查 --store 路径
store-error-read-only = 店铺数据文件 { $path } 是只读的：可以读取，但无法写入；请检查文件权限和磁盘
app-store-damaged-backup = { $error }。最新的完好备份是 { $path }
store-error-opened-for-reading = 这个命令以只读方式打开了店铺数据，不能写入
store-error-needs-recovery = 店铺数据上次未正常关闭，需要恢复，而恢复需要写入文件的权限

## 备份、恢复、重建

upkeep-error-not-a-backup = { $path } 不是 frontdesk 备份；没有恢复任何内容，店铺数据保持原样
upkeep-error-damaged-backup = 备份 { $path } 已损坏（{ $detail }）；没有恢复任何内容，店铺数据保持原样：请换一个更早的备份
upkeep-error-passphrase-needed = 备份 { $path } 用同步链口令加密；请把 { $env } 设为该口令后重试
upkeep-error-wrong-passphrase = 这个口令打不开备份 { $path }；没有恢复任何内容
upkeep-error-seal-broken = 加密备份 { $path } 已损坏或不完整；没有恢复任何内容，店铺数据保持原样：请换一个更早的备份
upkeep-error-target-exists = { $path } 已存在；请重建到一个新文件，不会覆盖任何文件

