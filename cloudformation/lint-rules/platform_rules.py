"""
orders-platform's own rules for cfn-lint: what AWS does that no emulator shows, held for every
template. The build runs them with cfn-lint's own (.cfnlintrc, append_rules), and
CustomLintRulesIT shows each one failing on a template broken for it.

E9101  a function invoked asynchronously has an on-failure destination and bounded retries
E9102  a stream or queue consumer has a dead-letter target and bounded retries
E9103  every log group keeps logs for a set time, and every logging resource writes to one
E9104  a dead-letter store is alarmed when its oldest message ages
E9105  a RestApi defined by a spec is updated in overwrite mode
E9106  no function fed by an SQS queue uses reserved concurrency as its throttle
"""

import os

from cfnlint.decode import decode
from cfnlint.rules import CloudFormationLintRule, RuleMatch

# Services that invoke Lambda asynchronously through a resource-based permission.
ASYNC_PRINCIPALS = {
    "sns.amazonaws.com", "s3.amazonaws.com", "events.amazonaws.com", "ses.amazonaws.com",
    "logs.amazonaws.com", "iot.amazonaws.com", "config.amazonaws.com", "codecommit.amazonaws.com",
}
UNBOUNDED = -1


def resources(template):
    return template.get("Resources") or {}


def target(value):
    """The logical id a Ref or Fn::GetAtt points at, or None."""
    if isinstance(value, dict):
        if "Ref" in value:
            return value["Ref"]
        attribute = value.get("Fn::GetAtt")
        if isinstance(attribute, list) and attribute:
            return attribute[0]
        if isinstance(attribute, str):
            return attribute.split(".")[0]
    return None


def get_att(value):
    """The [logical id, attribute] of an Fn::GetAtt, in either of its forms, or None."""
    attribute = value.get("Fn::GetAtt") if isinstance(value, dict) else None
    if isinstance(attribute, str):
        return attribute.split(".", 1)
    return list(attribute) if isinstance(attribute, list) else None


def outputs_naming(template, store):
    """The outputs of a template whose value is the QueueName of {store}."""
    return [name for name, output in (template.get("Outputs") or {}).items()
            if isinstance(output, dict) and get_att(output.get("Value")) == [store, "QueueName"]]


def function_of(logical_id, template):
    """The AWS::Lambda::Function behind a function, alias or version of this template, or None."""
    seen = set()
    while logical_id in resources(template) and logical_id not in seen:
        seen.add(logical_id)
        resource = resources(template)[logical_id]
        if resource.get("Type") == "AWS::Lambda::Function":
            return logical_id
        if resource.get("Type") not in ("AWS::Lambda::Alias", "AWS::Lambda::Version"):
            return None
        logical_id = target((resource.get("Properties") or {}).get("FunctionName"))
    return None


def of_type(template, resource_type):
    for logical_id, resource in resources(template).items():
        if isinstance(resource, dict) and resource.get("Type") == resource_type:
            yield logical_id, resource.get("Properties") or {}


def on_failure_destination(properties):
    return ((properties.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")


def dead_letter_stores(template):
    """Queues holding what something else gave up on: redrive, pipe and destination targets, or
    queues marked with Metadata.DeadLetterStore (for those another stack's consumer points at)."""
    stores = set()
    for logical_id, resource in resources(template).items():
        if not isinstance(resource, dict):
            continue
        properties = resource.get("Properties") or {}
        redrive = properties.get("RedrivePolicy") or {}
        if isinstance(redrive, dict) and target(redrive.get("deadLetterTargetArn")):
            stores.add(target(redrive.get("deadLetterTargetArn")))
        for source in (properties.get("SourceParameters") or {}).values():
            if isinstance(source, dict) and target((source.get("DeadLetterConfig") or {}).get("Arn")):
                stores.add(target(source["DeadLetterConfig"]["Arn"]))
        if target(on_failure_destination(properties)):
            stores.add(target(on_failure_destination(properties)))
        if resource.get("Type") == "AWS::SQS::Queue" and (resource.get("Metadata") or {}).get("DeadLetterStore"):
            stores.add(logical_id)
    return {store for store in stores if resources(template).get(store, {}).get("Type") == "AWS::SQS::Queue"}


def bounded(properties, name):
    value = properties.get(name)
    return value is not None and str(value) != str(UNBOUNDED)


class AsyncFunctionHasOnFailureDestination(CloudFormationLintRule):
    id = "E9101"
    shortdesc = "Asynchronously invoked functions have an on-failure destination"
    description = ("A function that SNS, EventBridge, S3 (...) invoke asynchronously needs an EventInvokeConfig "
                   "on the qualifier they invoke, with an on-failure destination and explicit retry and age limits: "
                   "otherwise Lambda drops the events it gives up on.")
    source_url = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html"
    tags = ["lambda", "orders-platform"]

    def match(self, cfn):
        template = cfn.template
        matches = []
        configs = [(function_of(target(p.get("FunctionName")), template), p) for _, p in of_type(template, "AWS::Lambda::EventInvokeConfig")]
        for logical_id, permission in of_type(template, "AWS::Lambda::Permission"):
            if permission.get("Principal") not in ASYNC_PRINCIPALS:
                continue
            invoked = target(permission.get("FunctionName"))
            function = function_of(invoked, template)
            if function is None:
                continue
            alias = resources(template).get(invoked, {})
            qualifier = (alias.get("Properties") or {}).get("Name") if alias.get("Type") == "AWS::Lambda::Alias" else "$LATEST"
            config = next((p for f, p in configs if f == function and p.get("Qualifier", "$LATEST") == qualifier), None)
            path = ["Resources", logical_id]
            if config is None:
                matches.append(RuleMatch(path, f"{function} is invoked asynchronously ({permission.get('Principal')}) "
                                               f"but has no EventInvokeConfig on the qualifier {qualifier}"))
                continue
            if on_failure_destination(config) is None:
                matches.append(RuleMatch(path, f"{function}'s EventInvokeConfig has no on-failure destination"))
            if not bounded(config, "MaximumRetryAttempts") or not bounded(config, "MaximumEventAgeInSeconds"):
                matches.append(RuleMatch(path, f"{function}'s EventInvokeConfig must set MaximumRetryAttempts "
                                               "and MaximumEventAgeInSeconds"))
        return matches


class ConsumersHaveDeadLettersAndBoundedRetries(CloudFormationLintRule):
    id = "E9102"
    shortdesc = "Stream and queue consumers have a dead-letter target and bounded retries"
    description = ("A pipe or event source mapping on a stream needs a dead-letter target, a retry limit and a record "
                   "age limit, or one failing record blocks its shard until the stream drops it; every queue that is "
                   "not itself a dead-letter store redrives to one after a bounded number of receives.")
    source_url = "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-error-troubleshooting.html"
    tags = ["pipes", "lambda", "sqs", "orders-platform"]

    def match(self, cfn):
        template = cfn.template
        matches = []
        for logical_id, pipe in of_type(template, "AWS::Pipes::Pipe"):
            for kind, stream in (pipe.get("SourceParameters") or {}).items():
                if kind not in ("DynamoDBStreamParameters", "KinesisStreamParameters"):
                    continue
                path = ["Resources", logical_id, "Properties", "SourceParameters", kind]
                if not target((stream.get("DeadLetterConfig") or {}).get("Arn")):
                    matches.append(RuleMatch(path, f"{logical_id} has no DeadLetterConfig"))
                if not bounded(stream, "MaximumRetryAttempts") or not bounded(stream, "MaximumRecordAgeInSeconds"):
                    matches.append(RuleMatch(path, f"{logical_id} must bound MaximumRetryAttempts and MaximumRecordAgeInSeconds"))
        for logical_id, mapping in of_type(template, "AWS::Lambda::EventSourceMapping"):
            if "StartingPosition" not in mapping:
                continue
            path = ["Resources", logical_id]
            if on_failure_destination(mapping) is None:
                matches.append(RuleMatch(path, f"{logical_id} reads a stream without an on-failure destination"))
            if not bounded(mapping, "MaximumRetryAttempts") or not bounded(mapping, "MaximumRecordAgeInSeconds"):
                matches.append(RuleMatch(path, f"{logical_id} must bound MaximumRetryAttempts and MaximumRecordAgeInSeconds"))
        stores = dead_letter_stores(template)
        for logical_id, queue in of_type(template, "AWS::SQS::Queue"):
            if logical_id in stores:
                continue
            redrive = queue.get("RedrivePolicy") or {}
            if not isinstance(redrive, dict) or not target(redrive.get("deadLetterTargetArn")) or not redrive.get("maxReceiveCount"):
                matches.append(RuleMatch(["Resources", logical_id], f"{logical_id} redrives to no dead-letter queue; "
                                         "mark a queue that holds another stack's dead letters with Metadata.DeadLetterStore"))
        return matches


class LogGroupsHaveRetention(CloudFormationLintRule):
    id = "E9103"
    shortdesc = "Log groups keep logs for a set time, and what logs writes to a declared group"
    description = ("Every log group sets RetentionInDays; a function writes to a log group of the template (else "
                   "Lambda creates /aws/lambda/NAME, kept forever), and a stage with execution logging has its "
                   "API-Gateway-Execution-Logs group declared before API Gateway creates it without retention.")
    source_url = "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html"
    tags = ["logs", "orders-platform"]

    def match(self, cfn):
        template = cfn.template
        matches = []
        groups = dict(of_type(template, "AWS::Logs::LogGroup"))
        for logical_id, group in groups.items():
            if "RetentionInDays" not in group:
                matches.append(RuleMatch(["Resources", logical_id], f"{logical_id} keeps logs forever: set RetentionInDays"))
        for logical_id, function in of_type(template, "AWS::Lambda::Function"):
            if target((function.get("LoggingConfig") or {}).get("LogGroup")) not in groups:
                matches.append(RuleMatch(["Resources", logical_id], f"{logical_id} logs to a group this template does not "
                                         "declare: set LoggingConfig.LogGroup to one with a retention"))
        names = [str((group.get("LogGroupName") or {}).get("Fn::Sub", group.get("LogGroupName")))
                 for group in groups.values()]
        for logical_id, stage in of_type(template, "AWS::ApiGateway::Stage"):
            levels = [setting.get("LoggingLevel", "OFF") for setting in stage.get("MethodSettings") or []
                      if isinstance(setting, dict)]
            if any(level != "OFF" for level in levels) and not any("API-Gateway-Execution-Logs_" in name for name in names):
                matches.append(RuleMatch(["Resources", logical_id], f"{logical_id} writes execution logs, but its "
                                         "API-Gateway-Execution-Logs_<api>/<stage> group is not declared"))
        return matches


class DeadLetterStoresAlarmedForAge(CloudFormationLintRule):
    id = "E9104"
    shortdesc = "Dead-letter stores are alarmed when their oldest message ages"
    description = ("A dead letter expires unseen unless something alarms on ApproximateAgeOfOldestMessage of its "
                   "queue. Checked in the template that declares the store and, for a root stack, across its nested "
                   "stacks: the store's name leaves its stack as an output and reaches an alarm's QueueName.")
    source_url = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html"
    tags = ["sqs", "cloudwatch", "orders-platform"]

    def match(self, cfn):
        template = cfn.template
        matches = []
        nested = {logical_id: stack for logical_id, stack in of_type(template, "AWS::CloudFormation::Stack")}
        if not nested:
            for store in sorted(dead_letter_stores(template)):
                if not self._alarmed(template, lambda value, s=store: target(value) == s) and not outputs_naming(template, store):
                    matches.append(RuleMatch(["Resources", store], f"{store} is a dead-letter store without an age alarm "
                                             "(or an output of its QueueName for another stack to alarm on)"))
            return matches
        directory = os.path.dirname(os.path.abspath(cfn.filename or "."))
        children = {}
        for logical_id, stack in nested.items():
            url = stack.get("TemplateURL")
            if isinstance(url, str) and os.path.exists(os.path.join(directory, url)):
                children[logical_id], _ = decode(os.path.join(directory, url))
        for stack_id, child in children.items():
            for store in sorted(dead_letter_stores(child)):
                if self._alarmed(child, lambda value, s=store: target(value) == s):
                    continue
                if not any(self._alarmed_through(outputs_naming(child, store), stack_id, nested, children)):
                    matches.append(RuleMatch(["Resources", stack_id], f"{store} of {stack_id} is a dead-letter store that "
                                             "no stack alarms on for ApproximateAgeOfOldestMessage"))
        return matches

    def _alarmed_through(self, outputs, stack_id, nested, children):
        for consumer_id, consumer in nested.items():
            for parameter, value in (consumer.get("Parameters") or {}).items():
                attribute = get_att(value)
                if attribute and attribute[0] == stack_id and attribute[1] in [f"Outputs.{o}" for o in outputs]:
                    yield consumer_id in children and self._alarmed(
                        children[consumer_id], lambda v, p=parameter: isinstance(v, dict) and v.get("Ref") == p)

    @staticmethod
    def _alarmed(template, names_queue):
        for _, alarm in of_type(template, "AWS::CloudWatch::Alarm"):
            if alarm.get("Namespace") == "AWS/SQS" and alarm.get("MetricName") == "ApproximateAgeOfOldestMessage":
                if any(isinstance(d, dict) and d.get("Name") == "QueueName" and names_queue(d.get("Value"))
                       for d in alarm.get("Dimensions") or []):
                    return True
        return False


class RestApiInOverwriteMode(CloudFormationLintRule):
    id = "E9105"
    shortdesc = "A RestApi defined by a spec is updated in overwrite mode"
    description = ("Without Mode: overwrite, API Gateway merges an updated spec into the API, so removed paths, "
                   "methods and gateway responses stay deployed.")
    source_url = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html"
    tags = ["apigateway", "orders-platform"]

    def match(self, cfn):
        matches = []
        for logical_id, api in of_type(cfn.template, "AWS::ApiGateway::RestApi"):
            if ("Body" in api or "BodyS3Location" in api) and api.get("Mode") != "overwrite":
                matches.append(RuleMatch(["Resources", logical_id], f"{logical_id} is defined by a spec: set Mode: overwrite"))
        return matches


class NoReservedConcurrencyOnQueueConsumers(CloudFormationLintRule):
    id = "E9106"
    shortdesc = "No function fed by an SQS queue is throttled by reserved concurrency"
    description = ("The queue's pollers do not know a function's reserved concurrency: throttled batches return to "
                   "the queue and each receive counts towards maxReceiveCount, so messages reach the dead-letter "
                   "queue unprocessed. Cap the event source mapping's ScalingConfig.MaximumConcurrency instead.")
    source_url = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html"
    tags = ["lambda", "sqs", "orders-platform"]

    def match(self, cfn):
        template = cfn.template
        matches = []
        for logical_id, mapping in of_type(template, "AWS::Lambda::EventSourceMapping"):
            other_sources = ("StartingPosition", "Topics", "Queues", "SelfManagedEventSource", "SourceAccessConfigurations")
            if any(key in mapping for key in other_sources):
                continue
            function = function_of(target(mapping.get("FunctionName")), template)
            if function and "ReservedConcurrentExecutions" in (resources(template)[function].get("Properties") or {}):
                matches.append(RuleMatch(["Resources", function, "Properties", "ReservedConcurrentExecutions"],
                                         f"{function} is fed by the queue of {logical_id}: cap the mapping's "
                                         "ScalingConfig.MaximumConcurrency instead of reserving concurrency"))
        return matches
